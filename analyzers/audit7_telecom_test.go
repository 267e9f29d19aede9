package analyzers_test

import "testing"

// audit7telecomPackages is the round-7 blind audit corpus of an MVNO/ISP's
// billing code (testdata/src/audit7/telecom/...): postpaid card and SEPA
// billing, prepaid top-ups, data packs, dunning, portal return pages and
// provider webhooks, with their non-payment look-alikes (provisioning
// jobs, SMS gateway, CDR import, number porting).
var audit7telecomPackages = []string{
	"audit7/telecom/topupclient",
	"audit7/telecom/datapacks",
	"audit7/telecom/postpaid",
	"audit7/telecom/vault",
	"audit7/telecom/dunning",
	"audit7/telecom/portal",
	"audit7/telecom/hooks",
	"audit7/telecom/billingsvc",
	"audit7/telecom/server",
	"audit7/telecom/cdr",
}

// knownFalseAlarms7telecom lists what paylint reports on the corpus that
// is not a mistake (file:line and exact message), per package.
var knownFalseAlarms7telecom = map[string][]falseAlarm{}

func TestAudit7telecom(t *testing.T) {
	runAudit(t, audit7telecomPackages, knownFalseAlarms7telecom, "knownFalseAlarms7telecom")
}
