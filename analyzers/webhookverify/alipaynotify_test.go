package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// AlipayNotify: Alipay notify_url handlers on smartwalle/alipay/v3.
var _ = cases.Add(webhookverify.Analyzer, "AlipayNotify", "alipaynotify/...")
