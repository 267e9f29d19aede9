// Package payments is a stub of
// github.com/wechatpay-apiv3/wechatpay-go/services/payments (shape of
// v0.2.21).
package payments

type TransactionAmount struct {
	Currency      *string `json:"currency,omitempty"`
	PayerCurrency *string `json:"payer_currency,omitempty"`
	PayerTotal    *int64  `json:"payer_total,omitempty"`
	Total         *int64  `json:"total,omitempty"`
}

type TransactionPayer struct {
	Openid *string `json:"openid,omitempty"`
}

type Transaction struct {
	Amount         *TransactionAmount `json:"amount,omitempty"`
	Appid          *string            `json:"appid,omitempty"`
	Attach         *string            `json:"attach,omitempty"`
	Mchid          *string            `json:"mchid,omitempty"`
	OutTradeNo     *string            `json:"out_trade_no,omitempty"`
	Payer          *TransactionPayer  `json:"payer,omitempty"`
	SuccessTime    *string            `json:"success_time,omitempty"`
	TradeState     *string            `json:"trade_state,omitempty"`
	TradeStateDesc *string            `json:"trade_state_desc,omitempty"`
	TradeType      *string            `json:"trade_type,omitempty"`
	TransactionId  *string            `json:"transaction_id,omitempty"`
}
