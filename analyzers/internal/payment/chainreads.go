package payment

import "regexp"

// On-chain and Lightning payments (the Hilt and Tally guides: a payment
// is done when its transaction is confirmed on chain): reading a
// transaction's receipt or a Lightning invoice by its hash is reading that
// payment's status, so a loop around it is a poll like a GET of
// /payments/{id}. Reads of blocks or headers (a block explorer) are not.
//
// Checked against go-ethereum v1.15.11 (ethclient.Client
// TransactionReceipt/TransactionByHash(ctx, hash), bind.WaitMined(ctx, b,
// tx) and bind/v2 WaitMined(ctx, b, hash)) and lnd v0.19.1-beta
// (lnrpc.LightningClient.LookupInvoice(ctx, *PaymentHash, ...),
// invoicesrpc.InvoicesClient.LookupInvoiceV2(ctx, *LookupInvoiceMsg, ...)).
var chainTable = []sdkFunc{
	chainRead(`github\.com/ethereum/go-ethereum/ethclient`, "Client", "TransactionReceipt", "ethclient Client.TransactionReceipt"),
	chainRead(`github\.com/ethereum/go-ethereum/ethclient`, "Client", "TransactionByHash", "ethclient Client.TransactionByHash"),
	chainRead(`github\.com/ethereum/go-ethereum/accounts/abi/bind(/v2)?`, "", "WaitMined", "bind.WaitMined"),
	chainRead(`github\.com/lightningnetwork/lnd/lnrpc`, "LightningClient", "LookupInvoice", "lnrpc LookupInvoice"),
	chainRead(`github\.com/lightningnetwork/lnd/lnrpc/invoicesrpc`, "InvoicesClient", "LookupInvoiceV2", "invoicesrpc LookupInvoiceV2"),
}

// chainRead is a status read whose id (the transaction or payment hash) is
// the argument after the context (the transaction for bind.WaitMined).
func chainRead(pkg, recv, name, desc string) sdkFunc {
	e := sdkFunc{Pkg: regexp.MustCompile(`^` + pkg + `$`), Name: name, Kind: StatusRead, Desc: desc, IDArg: 1, ParamsArg: -1}
	if recv != "" {
		e.Recv = regexp.MustCompile(`^` + recv + `$`)
	}
	if name == "WaitMined" {
		e.IDArg = 2
	}
	return e
}

// chainLibraries are the chain clients themselves: never a merchant's flow.
var chainLibraries = regexp.MustCompile(`^(github\.com/ethereum/go-ethereum|github\.com/lightningnetwork/lnd)(/.*)?$`)

func init() {
	// sdkTable (sdktable.go) is built from the payment providers; chain
	// reads join it here so that both files stay as they are.
	sdkTable = append(sdkTable, chainTable...)
}

// singularResources: REST APIs that name one payment resource in the
// singular (GET /v1/invoice/{id}, /transaction/{id}, /order/{id}/status),
// as small providers and in-house payment services do. They join
// resourceSegs (urls.go) with the plural forms' meaning.
var singularResources = []string{"invoice", "transaction", "order"}

func init() {
	resourceSegs = append(resourceSegs, singularResources...)
}
