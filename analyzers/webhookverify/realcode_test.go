package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// RealCode: verifiers recognised by what they do, and fail-open in
// every shape.
var _ = cases.Add(webhookverify.Analyzer, "RealCode", "webhookverify/realcode", "webhookverify/realcodexpkg/hooks")

// RealCodeFrameworks: webhooks on iris, beego, hertz, fasthttp and
// go-zero, recognised by shape.
var _ = cases.Add(webhookverify.Analyzer, "RealCodeFrameworks", "webhookverify/realcodefw")
