package analyzers

// The rule pages under docs/rules are generated from each analyzer's Doc;
// TestCommittedDocsUpToDate in internal/docgen fails when they drift.
//go:generate go run ../internal/docgen -out ../docs/rules
