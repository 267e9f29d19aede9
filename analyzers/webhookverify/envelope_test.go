package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// Envelope: notify endpoints known by the envelope of what they
// decode (WeChat Pay's trade_state, YooKassa's object{id, status}, a
// data.object, an event type compared with a payment event name);
// repository, chat bot, mail and CI events stay silent.
var _ = cases.Add(webhookverify.Analyzer, "Envelope", "webhookverify/envelope")
