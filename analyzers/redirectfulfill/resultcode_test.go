package redirectfulfill_test

import (
	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

// ResultCodeWrapperM11: a 3-D Secure return page calling a wrapper of
// Adyen's /payments/details that hands back (or drops) a result code it
// never tested fulfils a Refused payment; the page testing the code (a
// string, a named constant) and wrappers that err unless Authorised (an
// if, a switch) stay silent.
var _ = cases.Add(redirectfulfill.Analyzer, "ResultCodeWrapperM11", "redirectfulfill/m11codes/pages")
