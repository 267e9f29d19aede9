package payment_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestVocabulary: what a request does, read from the words of its path
// (run-together endpoint names), with look-alikes that keep their meaning.
func TestVocabulary(t *testing.T) {
	analysistest.Run(t, testdata(), debug, "model/voc/runwords", "model/voc/xmlsign", "model/voc/putactions", "model/voc/docs", "model/voc/debits")
}

// TestVocabularyGrants: what a database write grants in games, event
// ticketing and payouts, with the look-alikes that grant nothing.
func TestVocabularyGrants(t *testing.T) {
	analysistest.Run(t, testdata(), debug, "model/voc/grants", "model/voc/donations")
}
