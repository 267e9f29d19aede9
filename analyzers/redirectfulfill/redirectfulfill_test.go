package redirectfulfill_test

import (
	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

var _ = cases.Add(redirectfulfill.Analyzer, "RedirectFulfill",
	"redirectfulfill/nethttp",
	"redirectfulfill/chi",
	"redirectfulfill/gin",
	"redirectfulfill/echofiber",
	"redirectfulfill/closure",
	"redirectfulfill/ownstate",
	"redirectfulfill/iface",
	"redirectfulfill/paypal",
	"redirectfulfill/wrapper/shop",
	"redirectfulfill/paidhelper/web", // paid checks in another package
	"redirectfulfill/structural",     // iris: a framework known by its shape
)
