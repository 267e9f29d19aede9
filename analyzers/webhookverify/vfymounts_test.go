package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// VfyMounts: a handler of this package mounted both behind a
// verifying middleware (echo Group(prefix, mw) or g.Use, trailing route
// middleware, gin route middleware, chi With, a fiber group) and on a
// route outside it is reported, naming that route; gin's and fiber's
// chained Group(...).Use(verify) covers its routes.
var _ = cases.Add(webhookverify.Analyzer, "VfyMounts", "webhookverify/vfymounts")
