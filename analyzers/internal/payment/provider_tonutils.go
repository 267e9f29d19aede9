package payment

// tonutilsSDK is github.com/xssnick/tonutils-go (checked: v1.10.2, the
// version seen in real code, and v1.12.0), the TON client. Every
// Send*/Transfer* method of *wallet.Wallet builds a new external message
// (sendMany → BuildExternalMessageForMany → the spec's BuildMessage),
// signed with the seqno the wallet contract holds at that moment (the
// seqno get-method, or the SpecSeqno fetcher), and broadcasts it. The
// seqno is the transfer's idempotency key, as an Ethereum nonce is
// (key_chain.go), and the SDK picks it anew on every call: once the
// first message is on chain the seqno has moved, so a call repeated
// after a lost answer or a confirmation wait that timed out
// (waitConfirmation, TransferWaitTransaction) signs a second transfer
// and pays twice. There is no key to pass: the remedy is to sign once
// (BuildExternalMessageForMany) and re-send that same message with the
// API's SendExternalMessage (a replay with a used seqno is refused by
// the contract), or look the first message up before sending anew. So
// the writes are AutoKey (a new key per call) and NoKey (none to pass).
// SendExternalMessage of a message built once is a re-broadcast, not a
// new transfer: not in the table. Build*, GetBalance and the seqno read
// move nothing.
var tonutilsSDK = &provider{
	SDK:     "tonutils-go",
	Label:   "tonutils-go",
	Pkgs:    modules{"github.com/xssnick/tonutils-go"},
	Attach:  attachNone,
	AutoKey: true,
	NoKey:   true,
	Fix:     "sign the transfer once before retrying (wallet.BuildExternalMessageForMany) and re-send that same message (SendExternalMessage), or look the first message up on chain (FindLastTransactionByInMsgHash) before sending anew",
	Funcs: []providerFunc{
		tonWalletSend("Transfer"),
		tonWalletSend("TransferNoBounce"),
		tonWalletSend("TransferWithEncryptedComment"),
		tonWalletSend("TransferWaitTransaction"),
		tonWalletSend("Send"),
		tonWalletSend("SendWaitTransaction"),
		tonWalletSend("SendMany"),
		tonWalletSend("SendManyGetInMsgHash"),
		tonWalletSend("SendManyWaitTxHash"),
		tonWalletSend("SendManyWaitTransaction"),
	},
}

// tonWalletSend is a method of *wallet.Wallet that signs and broadcasts
// a transfer with the seqno it reads itself.
func tonWalletSend(name string) providerFunc {
	return providerFunc{
		Pkg:  "github.com/xssnick/tonutils-go/ton/wallet",
		Recv: "Wallet", Name: name, Desc: "Wallet." + name, Kind: Write,
		IDArg: -1, KeyArg: -1,
	}
}

// autoKeyClauses says, per SDK whose writes pick their own key on every
// call, what that key is, where "adds a new random key to each call"
// would be wrong: tonutils-go's is the wallet's seqno.
var autoKeyClauses = map[string]string{
	tonutilsSDK.SDK: "signs each call with the wallet's seqno read again from the chain, so each attempt is a new transfer and a retry after a lost answer or a timed-out confirmation pays twice",
}

// AutoKeyClause words what the advised SDK does on each call made with
// no key of the caller's, after its name.
func (a *SDKAdvice) AutoKeyClause() string {
	if c, ok := autoKeyClauses[a.SDK]; ok {
		return c
	}
	return "adds a new random key to each call, so each attempt gets a different key and a retry after a lost response can charge twice"
}

// A transfer has no status word to read back: its outcome is a
// transaction found on chain (FindLastTransactionByInMsgHash), which the
// table does not model yet. Declared empty, as every provider declares
// its statuses (provider_status.go).
func init() { providerStatuses[tonutilsSDK] = nil }
