package poll

import (
	"go/ast"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- chain reads: found is mined --------------------------------------------------
//
// go-ethereum answers a receipt only once the transaction is mined:
// TransactionReceipt returns ethereum.NotFound before, so `err == nil` (a
// receipt found) is the payment's mined state, as is TransactionByHash's
// !isPending, and bind.WaitMined returns when mined. A loop that leaves on
// a nil error of such a read waits for the payment's state, not for a read
// that worked: it polls (checked against go-ethereum v1.15.11, v1.17.10).

const ethPkg = "github.com/ethereum/go-ethereum"

// chainPure: go-ethereum's common package converts a hex string to a hash
// or an address the same way every time (HexToHash(txHex) in the loop
// still names the same transaction).
func chainPure(fn *types.Func) bool {
	if fn.Pkg() == nil || fn.Pkg().Path() != ethPkg+"/common" {
		return false
	}
	switch fn.Name() {
	case "HexToHash", "BytesToHash", "HexToAddress", "BytesToAddress":
		return true
	}
	return false
}

// minedRead: op reads a transaction's receipt, which exists only once the
// transaction is mined: (*ethclient.Client).TransactionReceipt, a
// TransactionReceipt of any interface returning go-ethereum's *Receipt
// (bind.DeployBackend, the merchant's own), bind.WaitMined and
// WaitMinedHash (bind and bind/v2). TransactionByHash is not one: it finds
// pending transactions too (its mined state is !isPending).
func (f *finder) minedRead(op *payment.Op) bool {
	fn := f.calleeFunc(op.Call)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	switch fn.Name() {
	case "WaitMined", "WaitMinedHash":
		p := fn.Pkg().Path()
		return p == ethPkg+"/accounts/abi/bind" || p == ethPkg+"/accounts/abi/bind/v2"
	case "TransactionReceipt":
		sig, _ := fn.Type().(*types.Signature)
		return sig != nil && sig.Results().Len() == 2 && receiptType(sig.Results().At(0).Type())
	}
	return false
}

// waitsItself: bind.WaitMined polls the receipt itself (every second)
// until the transaction is mined or ctx ends: a loop around it is not busy.
func (f *finder) waitsItself(op *payment.Op) bool {
	fn := f.calleeFunc(op.Call)
	return fn != nil && (fn.Name() == "WaitMined" || fn.Name() == "WaitMinedHash") && f.minedRead(op)
}

// receiptType: *types.Receipt of go-ethereum's core/types.
func receiptType(t types.Type) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(p.Elem()).(*types.Named)
	return ok && n.Obj().Name() == "Receipt" && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == ethPkg+"/core/types"
}

// minedExit: an exit of a loop whose every read is a mined read, reached
// after the read only when that read's error is nil (`if err == nil && r
// != nil { return r }`): the payment is mined, a status exit.
func (f *finder) minedExit(n ast.Node, gs []guard, l *Loop) bool {
	if len(l.Reads) == 0 || !f.afterRead(n, l) {
		return false
	}
	for _, r := range l.Reads {
		if !f.minedRead(r) {
			return false
		}
	}
	for _, g := range gs {
		if !f.guardOnSuccess(g) {
			continue
		}
		for _, v := range errVars(f, g.cond) {
			for _, c := range f.errorSources(v, l) {
				if l.isRead(f.ops[c]) {
					return true
				}
			}
		}
	}
	return false
}
