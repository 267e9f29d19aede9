// Package refunddomestic is a stub of
// github.com/wechatpay-apiv3/wechatpay-go/services/refunddomestic (shape
// of v0.2.21).
package refunddomestic

import (
	"context"

	"github.com/wechatpay-apiv3/wechatpay-go/core"
	"github.com/wechatpay-apiv3/wechatpay-go/services"
)

type RefundsApiService services.Service

type AmountReq struct {
	Refund   *int64  `json:"refund"`
	Total    *int64  `json:"total"`
	Currency *string `json:"currency"`
}

type CreateRequest struct {
	TransactionId *string    `json:"transaction_id,omitempty"`
	OutTradeNo    *string    `json:"out_trade_no,omitempty"`
	OutRefundNo   *string    `json:"out_refund_no"`
	Reason        *string    `json:"reason,omitempty"`
	NotifyUrl     *string    `json:"notify_url,omitempty"`
	Amount        *AmountReq `json:"amount"`
}

type Status string

const (
	STATUS_SUCCESS    Status = "SUCCESS"
	STATUS_CLOSED     Status = "CLOSED"
	STATUS_PROCESSING Status = "PROCESSING"
	STATUS_ABNORMAL   Status = "ABNORMAL"
)

type Refund struct {
	RefundId    *string `json:"refund_id"`
	OutRefundNo *string `json:"out_refund_no"`
	OutTradeNo  *string `json:"out_trade_no"`
	Status      *Status `json:"status"`
}

type QueryByOutRefundNoRequest struct {
	OutRefundNo *string `json:"out_refund_no"`
}

func (a *RefundsApiService) Create(ctx context.Context, req CreateRequest) (resp *Refund, result *core.APIResult, err error) {
	panic("stub")
}

func (a *RefundsApiService) QueryByOutRefundNo(ctx context.Context, req QueryByOutRefundNoRequest) (resp *Refund, result *core.APIResult, err error) {
	panic("stub")
}
