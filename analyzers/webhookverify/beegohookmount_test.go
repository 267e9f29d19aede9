package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// BeegoHookMount: a bank-debit rail's transfer callback, a beego handler
// of another package known as a webhook by what it does (it decodes
// ctx.Input.RequestBody into the rail's event and marks the invoice
// paid), mounted by the command on beego's default application with no
// verifying filter in front of it: on a bare route, behind a filter that
// only logs, behind a verifying filter inserted after the handler
// (AfterExec), and in a namespace whose before-filter only logs —
// reported at each mount. Silent: the same callback behind a verifying
// filter inserted before the router (of another package, by a wildcard
// pattern; of its own, answering 401, by a path parameter) and in
// namespaces whose before-filter verifies (NSBefore, ns.Filter("before")).
var _ = cases.Add(webhookverify.Analyzer, "BeegoHookMount", "beegohookmount/...")
