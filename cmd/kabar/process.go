package main

import (
	"fmt"
	"time"

	kabar "github.com/kabar-news/kabar"
	"github.com/kabar-news/kabar/extract"
	"github.com/kabar-news/kabar/extract/siteconfig"
	"github.com/kabar-news/kabar/ingest"
)

// pipeline is the pure part of kabar, shared by crawl, extract and demo:
// one page's bytes in, one record out.
type pipeline struct {
	noRules bool
	// siteConfigs are the ftr-site-config sets consulted after kabar's
	// own rules (the user's, then the bundled snapshot).
	siteConfigs siteconfig.Stack
}

// newPipeline builds the pipeline for a --rules mode (all, kabar, none)
// and a --site-config folder (may be empty).
func newPipeline(mode, siteDir string) (pipeline, error) {
	p := pipeline{noRules: mode == "none"}
	if p.noRules {
		return p, nil
	}
	if siteDir != "" {
		s, err := siteconfig.LoadDir(siteDir)
		if err != nil {
			return p, fmt.Errorf("--site-config: %w", err)
		}
		p.siteConfigs = append(p.siteConfigs, s)
	}
	if mode != "kabar" {
		s, err := siteconfig.Bundled()
		if err != nil {
			return p, err
		}
		p.siteConfigs = append(p.siteConfigs, s)
	}
	return p, nil
}

// extractOptions are the extract options of the pipeline.
func (p pipeline) extractOptions(contentType string) extract.Options {
	return extract.Options{ContentType: contentType, NoRules: p.noRules, SiteConfigs: p.siteConfigs}
}

// process extracts and normalises one page; see ingest.Process.
func (p pipeline) process(raw []byte, pageURL, contentType string, fetchedAt time.Time) (kabar.Article, *extract.Page, error) {
	return ingest.Process(raw, pageURL, p.extractOptions(contentType), fetchedAt)
}
