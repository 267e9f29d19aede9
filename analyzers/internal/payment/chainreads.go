package payment

import (
	"go/types"
)

// On-chain and Lightning payments (the Hilt and Tally guides: a payment
// is done when its transaction is confirmed on chain): reading a
// transaction's receipt or a Lightning invoice by its hash is reading that
// payment's status, so a loop around it is a poll like a GET of
// /payments/{id}. Reads of blocks or headers (a block explorer) are not.
//
// Checked against go-ethereum v1.15.11 and v1.17.10 (ethclient.Client
// TransactionReceipt/TransactionByHash(ctx, hash), bind.WaitMined(ctx, b,
// tx), bind.WaitMinedHash(ctx, b, hash) and bind/v2 WaitMined(ctx, b,
// hash)) and lnd v0.19.1-beta
// (lnrpc.LightningClient.LookupInvoice(ctx, *PaymentHash, ...),
// invoicesrpc.InvoicesClient.LookupInvoiceV2(ctx, *LookupInvoiceMsg, ...)).
// chainTable is built with the SDK table, on first use.
func chainTable() []sdkFunc {
	return []sdkFunc{
		chainRead("github.com/ethereum/go-ethereum/ethclient", "Client", "TransactionReceipt", "ethclient Client.TransactionReceipt"),
		chainRead("github.com/ethereum/go-ethereum/ethclient", "Client", "TransactionByHash", "ethclient Client.TransactionByHash"),
		chainRead("github.com/ethereum/go-ethereum/accounts/abi/bind", "", "WaitMined", "bind.WaitMined"),
		chainRead("github.com/ethereum/go-ethereum/accounts/abi/bind/v2", "", "WaitMined", "bind.WaitMined"),
		chainRead("github.com/ethereum/go-ethereum/accounts/abi/bind", "", "WaitMinedHash", "bind.WaitMinedHash"),
		chainRead("github.com/lightningnetwork/lnd/lnrpc", "LightningClient", "LookupInvoice", "lnrpc LookupInvoice"),
		chainRead("github.com/lightningnetwork/lnd/lnrpc/invoicesrpc", "InvoicesClient", "LookupInvoiceV2", "invoicesrpc LookupInvoiceV2"),
	}
}

// chainRead is a status read whose id (the transaction or payment hash) is
// the argument after the context (the transaction for bind.WaitMined).
func chainRead(pkg, recv, name, desc string) sdkFunc {
	e := sdkFunc{Pkg: exact(pkg), Name: name, Kind: StatusRead, Desc: desc, IDArg: 1, ParamsArg: -1}
	if recv != "" {
		e.Recv = exact(recv)
	}
	if name == "WaitMined" || name == "WaitMinedHash" {
		e.IDArg = 2
	}
	return e
}

// chainLibraries are the chain clients themselves: never a merchant's flow.
var chainLibraries = modules{"github.com/ethereum/go-ethereum", "github.com/lightningnetwork/lnd"}

// ---- chain reads behind the merchant's own interface --------------------------
//
// Real watchers hide *ethclient.Client behind a small interface declared
// with go-ethereum's own types, so that tests can fake it:
//
//	type receipts interface {
//		TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
//	}
//
// A method of an interface with the name of a known chain read, taking a
// context and the same hash type and returning the same result type (from
// the same go-ethereum or lnd package) is that read. The same name with
// other types (a block explorer client returning its own struct) is not.

// chainSig is the shape of a chain read: the package-qualified names of
// its id parameter (after the context) and of its first result.
type chainSig struct {
	name, arg, res string
	entry          sdkFunc
}

const (
	ethCommon = "github.com/ethereum/go-ethereum/common"
	ethTypes  = "github.com/ethereum/go-ethereum/core/types"
	lnrpcPkg  = "github.com/lightningnetwork/lnd/lnrpc"
	invPkg    = "github.com/lightningnetwork/lnd/lnrpc/invoicesrpc"
)

var chainSigs = []chainSig{
	ifaceRead("TransactionReceipt", ethCommon+".Hash", ethTypes+".Receipt", "TransactionReceipt (an ethclient.Client interface)"),
	ifaceRead("TransactionByHash", ethCommon+".Hash", ethTypes+".Transaction", "TransactionByHash (an ethclient.Client interface)"),
	ifaceRead("LookupInvoice", lnrpcPkg+".PaymentHash", lnrpcPkg+".Invoice", "LookupInvoice (an lnrpc.LightningClient interface)"),
	ifaceRead("LookupInvoiceV2", invPkg+".LookupInvoiceMsg", lnrpcPkg+".Invoice", "LookupInvoiceV2 (an invoicesrpc.InvoicesClient interface)"),
}

func ifaceRead(name, arg, res, desc string) chainSig {
	return chainSig{name: name, arg: arg, res: res,
		entry: sdkFunc{Name: name, Kind: StatusRead, Desc: desc, IDArg: 1, ParamsArg: -1}}
}

// chainIfaceRead returns the chain read that fn, a method of an
// interface, stands for, nil if none.
func chainIfaceRead(fn *types.Func) *sdkFunc {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil || !types.IsInterface(sig.Recv().Type()) {
		return nil
	}
	for i := range chainSigs {
		c := &chainSigs[i]
		if c.name != fn.Name() || sig.Params().Len() < 2 || sig.Results().Len() < 1 {
			continue
		}
		if isContext(sig.Params().At(0).Type()) && qualifiedName(sig.Params().At(1).Type()) == c.arg &&
			qualifiedName(sig.Results().At(0).Type()) == c.res {
			return &c.entry
		}
	}
	return nil
}

// qualifiedName is "path.Name" of a named type or a pointer to one, "" for
// other types.
func qualifiedName(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return ""
	}
	return n.Obj().Pkg().Path() + "." + n.Obj().Name()
}

func isContext(t types.Type) bool { return qualifiedName(t) == "context.Context" }
