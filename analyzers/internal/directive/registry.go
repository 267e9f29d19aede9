package directive

// registry holds the names of paylint's analyzers in the order of
// analyzers.All(), which a test in package analyzers keeps equal. It lives
// here because this package cannot import analyzers (an import cycle): the
// directive checks need it to tell an unknown name from a known one and to
// choose the one analyzer that reports a problem shared by all of them.
var registry = []string{
	"idempotency",
	"pollcreate",
	"pollinterval",
	"pollbound",
	"redirectfulfill",
	"webhookverify",
	"retrystatus",
	"retrybackoff",
	"webhookdedupe",
	"webhookack",
}

// Registry returns the names of paylint's analyzers, in registry order.
func Registry() []string { return append([]string(nil), registry...) }

// known reports whether name is an analyzer of the registry.
func known(name string) bool {
	for _, r := range registry {
		if r == name {
			return true
		}
	}
	return false
}

// firstKnown returns the first of names that is in the registry, or "".
func firstKnown(names []string) string {
	for _, n := range names {
		if known(n) {
			return n
		}
	}
	return ""
}
