// Package refund is a stub of github.com/xendit/xendit-go/v7/refund.
package refund

import (
	"context"
	"net/http"

	common "github.com/xendit/xendit-go/v7/common"
)

type CreateRefund struct {
	PaymentRequestId *string  `json:"payment_request_id,omitempty"`
	ReferenceId      *string  `json:"reference_id,omitempty"`
	Amount           *float64 `json:"amount,omitempty"`
}

type Refund struct {
	Id     string `json:"id"`
	Status string `json:"status"`
}

type RefundApi interface {
	CreateRefund(ctx context.Context) ApiCreateRefundRequest
}

type ApiCreateRefundRequest struct {
	ctx            context.Context
	ApiService     RefundApi
	idempotencyKey *string
	createRefund   *CreateRefund
}

func (r ApiCreateRefundRequest) IdempotencyKey(idempotencyKey string) ApiCreateRefundRequest {
	panic("stub")
}

func (r ApiCreateRefundRequest) CreateRefund(createRefund CreateRefund) ApiCreateRefundRequest {
	panic("stub")
}

func (r ApiCreateRefundRequest) Execute() (*Refund, *http.Response, *common.XenditSdkError) {
	panic("stub")
}
