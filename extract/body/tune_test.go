package body

import (
	"os"
	"strconv"
)

func init() {
	if v, err := strconv.ParseFloat(os.Getenv("KABAR_JW"), 64); err == nil {
		junkWeight = v
	}
	if v, err := strconv.ParseFloat(os.Getenv("KABAR_PW"), 64); err == nil {
		plainWeight = v
	}
	if v, err := strconv.ParseFloat(os.Getenv("KABAR_IW"), 64); err == nil {
		isolatedWeight = v
	}
}
