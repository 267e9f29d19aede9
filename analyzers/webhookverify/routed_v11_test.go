package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// RoutedV11: a handler of another package that decodes an event and
// marks an invoice paid, verifying nothing, but whose own package names no
// webhook, is a webhook by the route that mounts it: reported on a gin or
// echo route whose path names a webhook or a payment callback with no
// verifying middleware (a sibling route with one does not cover it);
// silent inside a verifying group, with route middleware, on a back-office
// replay path, for a handler that only logs the event, and for one that
// checks the HMAC itself.
var _ = cases.Add(webhookverify.Analyzer, "RoutedV11", "webhookverify/routedv11/...")
