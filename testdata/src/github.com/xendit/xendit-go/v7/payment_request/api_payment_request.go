// Package payment_request is a stub of
// github.com/xendit/xendit-go/v7/payment_request.
package payment_request

import (
	"context"
	"net/http"

	common "github.com/xendit/xendit-go/v7/common"
)

type PaymentRequestStatus string

const PAYMENTREQUESTSTATUS_SUCCEEDED PaymentRequestStatus = "SUCCEEDED"

// List of PaymentRequestStatus (abridged; as in v7.0.0).
const (
	PAYMENTREQUESTSTATUS_PENDING PaymentRequestStatus = "PENDING"
	PAYMENTREQUESTSTATUS_FAILED  PaymentRequestStatus = "FAILED"
	PAYMENTREQUESTSTATUS_EXPIRED PaymentRequestStatus = "EXPIRED"
)

type PaymentRequestParameters struct {
	ReferenceId *string  `json:"reference_id,omitempty"`
	Amount      *float64 `json:"amount,omitempty"`
}

type PaymentRequest struct {
	Id          string               `json:"id"`
	ReferenceId string               `json:"reference_id"`
	Status      PaymentRequestStatus `json:"status"`
}

type PaymentRequestApi interface {
	CreatePaymentRequest(ctx context.Context) ApiCreatePaymentRequestRequest
	CreatePaymentRequestExecute(r ApiCreatePaymentRequestRequest) (*PaymentRequest, *http.Response, *common.XenditSdkError)
	GetPaymentRequestByID(ctx context.Context, paymentRequestId string) ApiGetPaymentRequestByIDRequest
	GetPaymentRequestByIDExecute(r ApiGetPaymentRequestByIDRequest) (*PaymentRequest, *http.Response, *common.XenditSdkError)
}

type PaymentRequestApiService struct{}

type ApiCreatePaymentRequestRequest struct {
	ctx                      context.Context
	ApiService               PaymentRequestApi
	idempotencyKey           *string
	paymentRequestParameters *PaymentRequestParameters
}

func (r ApiCreatePaymentRequestRequest) IdempotencyKey(idempotencyKey string) ApiCreatePaymentRequestRequest {
	panic("stub")
}

func (r ApiCreatePaymentRequestRequest) ForUserId(forUserId string) ApiCreatePaymentRequestRequest {
	panic("stub")
}

func (r ApiCreatePaymentRequestRequest) PaymentRequestParameters(paymentRequestParameters PaymentRequestParameters) ApiCreatePaymentRequestRequest {
	panic("stub")
}

func (r ApiCreatePaymentRequestRequest) Execute() (*PaymentRequest, *http.Response, *common.XenditSdkError) {
	panic("stub")
}

func (a *PaymentRequestApiService) CreatePaymentRequest(ctx context.Context) ApiCreatePaymentRequestRequest {
	panic("stub")
}

func (a *PaymentRequestApiService) CreatePaymentRequestExecute(r ApiCreatePaymentRequestRequest) (*PaymentRequest, *http.Response, *common.XenditSdkError) {
	panic("stub")
}

type ApiGetPaymentRequestByIDRequest struct {
	ctx              context.Context
	ApiService       PaymentRequestApi
	paymentRequestId string
}

func (r ApiGetPaymentRequestByIDRequest) Execute() (*PaymentRequest, *http.Response, *common.XenditSdkError) {
	panic("stub")
}

func (a *PaymentRequestApiService) GetPaymentRequestByID(ctx context.Context, paymentRequestId string) ApiGetPaymentRequestByIDRequest {
	panic("stub")
}

func (a *PaymentRequestApiService) GetPaymentRequestByIDExecute(r ApiGetPaymentRequestByIDRequest) (*PaymentRequest, *http.Response, *common.XenditSdkError) {
	panic("stub")
}
