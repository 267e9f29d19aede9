package webhookdedupe_test

import (
	"github.com/paylint/paylint/analyzers/webhookdedupe"
)

// SDKFedElsewhere (h9sdkfed): a type of package subs implementing
// gocardless.EventHandler is the webhook's processing even though the
// SDK's verifying WebhookHandler is built in package server; its payment
// insert through an interface is reported where server binds it. The
// handler that records the event id first and a HandleEvent of another
// shape (an admin replay, no EventHandler) stay silent.
var _ = cases.Add(webhookdedupe.Analyzer, "SDKFedElsewhere", "h9sdkfed/subs", "h9sdkfed/server")
