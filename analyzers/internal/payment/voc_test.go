package payment_test

// Vocabulary: what a request does, read from the words of its path
// (run-together endpoint names), with look-alikes that keep their meaning.
var _ = cases.Add(debug, "Vocabulary", "model/voc/runwords", "model/voc/xmlsign", "model/voc/putactions", "model/voc/docs", "model/voc/debits")

// VocabularyGrants: what a database write grants in games, event
// ticketing and payouts, with the look-alikes that grant nothing.
var _ = cases.Add(debug, "VocabularyGrants", "model/voc/grants", "model/voc/donations")
