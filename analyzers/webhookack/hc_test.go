package webhookack_test

import (
	"github.com/paylint/paylint/analyzers/webhookack"
)

// WiredAside: a verified Checkout.com-style handler that pages a
// team through an interface field before it answers, with no event
// value in hand, is reported where package ckosrv binds the pager to an
// implementation calling an incident API over HTTP. The same page after
// a flush, and an in-memory counter called before the answer, stay
// silent.
var _ = cases.Add(webhookack.Analyzer, "WiredAside", "wirehooks/hc/ckohook", "wirehooks/hc/ckosrv")
