package payment

import (
	"go/ast"
	"strings"
)

// ---- MTN MoMo's money movements and their dedupe header ---------------------------
//
// MTN's MoMo Open API keys each money movement by the X-Reference-Id
// header: a UUID the caller chooses, under which MoMo stores the
// request (its status is read at GET …/requesttopay/{referenceId}) and
// refuses a second request with the same id (409 RESOURCE_ALREADY_EXIST).
// So X-Reference-Id is the request's idempotency key, on a collection's
// requesttopay and requesttowithdraw, a disbursement's transfer, deposit
// and refund, and a remittance's transfer: sent again with the id the
// first attempt carried, the retry is the same request; drawn anew on
// every attempt, a request that reached MoMo before its answer was lost
// debits (or pays) twice. The body's externalId is the merchant's label
// for reconciliation, no dedupe: on those paths the header is the key,
// whatever the body carries. Other MoMo requests that take the header
// (the sandbox's POST /v1_0/apiuser) move no money: not listed.

// momoMoneyPath: a MoMo product path that moves money (after the host
// and any base path), its referenceId not yet appended.
var momoMoneyPath = lazyRE(`(?i)/(collection|disbursement|remittance)/v\d+_\d+/(requesttopay|requesttowithdraw|transfer|deposit|refund)/?$`)

// momoKeyHeader is the header MoMo dedupes those requests on.
const momoKeyHeader = "X-Reference-Id"

// momoKey: the X-Reference-Id of a send to a MoMo money path, nil when
// the send is not one or sets no such header.
func (b *builder) momoKey(s *httpSend, decl *ast.FuncDecl) *Key {
	if s == nil || !s.URLOK && len(s.URL) == 0 {
		return nil
	}
	path := s.URL.String()
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	if !momoMoneyPath.MatchString(path) {
		return nil
	}
	saved := b.extraHeaders
	defer func() { b.extraHeaders = saved }()
	b.extraHeaders = append(append([]string(nil), saved...), momoKeyHeader)
	if k := b.httpKeyOf(s, decl); k != nil && strings.EqualFold(k.Name, momoKeyHeader) {
		return k
	}
	return nil
}
