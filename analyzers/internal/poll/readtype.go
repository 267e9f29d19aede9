package poll

import (
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a payment object known by the read that returns it ----------------------------
//
// A status predicate is about a payment when its subject is one:
// paymentType knows the type by its name (Payment, OrderStatus). A
// client of a provider whose objects bear the provider's own words (an
// OXXO cash voucher, a reader's checkout) names them so:
//
//	func (c *Client) Get(ctx context.Context, id string) (*Voucher, error) // GET /v1/vouchers/{id}
//	func (v *Voucher) IsPaid() bool { return v.Status == StatusPaid }
//
// What makes Voucher a payment object is what the code does with it: a
// status read of the package (a function the payment model knows reads a
// payment's state, exported as its wrapper fact) returns it. Its bool
// methods over its status are then status predicates like those of a
// type named Payment, and a poll loop that leaves only when v.IsPaid()
// is judged as one leaving only on v.Status == "paid". A type no status
// read returns (a report, a shipment read by another API) stays unknown
// unless its name says payment.
//
// Its statuses may be words of its provider's own language that the
// shared vocabulary does not know (a Pix cob read by GET /v2/cob/{txid}
// answers ATIVA, CONCLUIDA, REMOVIDA_PELO_PSP): a constant compared with
// the status of a type such a read returns is a state when the read's
// provider defines its value (payment.ProviderStatus), so
//
//	func Settled(c *Cob) bool {
//		switch c.Status {
//		case StatusConcluded, StatusRemovedByUser, StatusRemovedByPSP:
//			return true
//		}
//		return false
//	}
//
// is a status predicate of the Pix charge.

// statusReadTypes returns the named types of the package that its status
// reads return as their first result (directly or through a pointer),
// each with the read (its wrapped method and path: the provider's words).
func statusReadTypes(pass *analysis.Pass) map[*types.TypeName]*payment.Op {
	info, _ := pass.ResultOf[payment.Analyzer].(*payment.Info)
	if info == nil || !info.Relevant {
		return nil
	}
	out := map[*types.TypeName]*payment.Op{}
	for fn, w := range info.Wrappers {
		if w == nil || !w.Kind.Has(payment.StatusRead) {
			continue
		}
		sig, ok := fn.Type().(*types.Signature)
		if !ok || sig.Results().Len() == 0 {
			continue
		}
		if tn := namedOf(sig.Results().At(0).Type()); tn != nil && tn.Pkg() == pass.Pkg && out[tn] == nil {
			out[tn] = &payment.Op{Kind: payment.StatusRead, Method: w.Method, Path: w.Path}
		}
	}
	return out
}

// readType: t (or what it points to) is a type the package's status
// reads return.
func (p *Preds) readType(t types.Type) bool {
	if p == nil || len(p.readTypes) == 0 {
		return false
	}
	tn := namedOf(t)
	return tn != nil && p.readTypes[tn] != nil
}

// stateLabelOf is stateLabel, also accepting a string constant whose
// value the provider of subj's status read defines (CONCLUIDA for a Pix
// cob read).
func (p *Preds) stateLabelOf(e ast.Expr, subj *types.Var) (string, bool) {
	if label, ok := p.stateLabel(e); ok {
		return label, true
	}
	tn := namedOf(subj.Type())
	if tn == nil || p.readTypes[tn] == nil {
		return "", false
	}
	tv, ok := p.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	s := constant.StringVal(tv.Value)
	if payment.ProviderStatus(p.readTypes[tn], s) == payment.StatusUnknown {
		return "", false
	}
	return s, true
}

func namedOf(t types.Type) *types.TypeName {
	if ptr, ok := t.Underlying().(*types.Pointer); ok {
		t = ptr.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Origin().Obj()
	}
	return nil
}

// OfLitRead is OfLit for a literal whose one parameter has the type one
// of reads returns first (a poll helper's done handed what its callback
// fetched, whatever package declares it): its subject is that read's
// payment, and the read's provider defines its states.
func (p *Preds) OfLitRead(lit *ast.FuncLit, reads []*payment.Op) *Predicate {
	if p == nil || lit == nil || len(lit.Type.Params.List) != 1 {
		return nil
	}
	t := p.pass.TypesInfo.TypeOf(lit.Type.Params.List[0].Type)
	tn := namedOf(t)
	if t == nil || tn == nil {
		return nil
	}
	for _, op := range reads {
		rt := p.pass.TypesInfo.TypeOf(op.Call)
		if tup, ok := rt.(*types.Tuple); ok && tup.Len() > 0 {
			rt = tup.At(0).Type()
		}
		if rt == nil || !types.Identical(rt, t) {
			continue
		}
		q := *p // the same summaries, with this read's type known
		q.readTypes = map[*types.TypeName]*payment.Op{tn: op}
		for k, v := range p.readTypes {
			if k != tn {
				q.readTypes[k] = v
			}
		}
		return q.OfLit(lit)
	}
	return nil
}
