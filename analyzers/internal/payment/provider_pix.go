package payment

import "strings"

// ---- the statuses of a REST API's status read, known by its path -------------
//
// The provider tables (provider_<name>.go) key their statuses by an SDK's
// status read. Some APIs are served by many PSPs with no SDK, reached
// over REST through the merchant's own client: the BACEN API Pix, whose
// charge read (GET /v2/cob/{txid}, GET /v2/cobv/{txid}; urlclass.go)
// answers a status of its own language: ATIVA (open, waiting for the
// payer), CONCLUIDA (paid), REMOVIDA_PELO_USUARIO_RECEBEDOR (removed by
// the merchant) and REMOVIDA_PELO_PSP (removed by the PSP, as after the
// charge expired) — a removed charge is final and can no longer be
// paid. None of them is a word of the shared vocabulary, so a poll
// leaving only on CONCLUIDA looked like a poll whose states the model
// could not read. The read is known by its method and path (the tail
// "/cob/{txid}" whatever base URL precedes it), whatever client sends it,
// and also through a wrapper of it: the values are the protocol's own
// words, which a wrapper that mapped the states to its own would not
// return.

// pixChargeStatuses: a Pix charge's "status" (cob and cobv alike).
var pixChargeStatuses = statusSet{
	Success: []string{"CONCLUIDA"},
	Failure: []string{"REMOVIDA_PELO_USUARIO_RECEBEDOR", "REMOVIDA_PELO_PSP"},
	Pending: []string{"ATIVA"},
}

// restStatusReads are the REST status reads whose answers are provider
// data: the collection the read's last literal segment names, followed
// by the id.
var restStatusReads = map[string]*statusSet{
	"cob":  &pixChargeStatuses,
	"cobv": &pixChargeStatuses,
}

// restStatusSet returns the statuses op's REST read returns, sent
// directly or through a wrapper (whose fact keeps the method and path):
// a GET of restStatusReads' collection and one id. Nil otherwise.
func restStatusSet(op *Op) *statusSet {
	if op == nil || !strings.EqualFold(op.Method, "GET") {
		return nil
	}
	segs := strings.Split(strings.Trim(op.Path, "/"), "/")
	n := len(segs)
	if n < 2 || segs[n-1] != "{}" {
		return nil
	}
	return restStatusReads[strings.ToLower(segs[n-2])]
}
