package directive

import "go/ast"

// SetRegistry replaces the analyzer names for a test; it returns the
// function that restores them.
func SetRegistry(names []string) (restore func()) {
	old := registry
	registry = names
	return func() { registry = old }
}

// NearMiss returns the report of a comment that is a near-miss directive
// and the analyzer that owns it, or "", "".
func NearMiss(text string) (owner, msg string) {
	if nm := parseNearMiss(&ast.Comment{Text: text}); nm != nil {
		return nm.owner(), nm.message()
	}
	return "", ""
}
