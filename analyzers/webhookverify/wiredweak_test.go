package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// WiredWeak: a handler whose own check fails open (skipped when the key
// is empty) or is skipped under a sandbox flag, and that acts only through
// an interface whose implementation main binds (package books does not
// import relay), is reported at the binding once the bound method stores
// a paid state. An enforced check, and weak checks bound to a lock
// released or a journal line, stay silent.
var _ = cases.Add(webhookverify.Analyzer, "WiredWeak", "pv11fx/wired/...")
