// Package payout is a stub of github.com/xendit/xendit-go/v6/payout
// (signatures as in v6.0.0-20240815053147-7132b34ff21b, abridged: create,
// read by id and cancel). CreatePayoutExecute refuses a request without
// an idempotency key and sends it as the idempotency-key header.
package payout

import (
	"context"
	"net/http"

	common "github.com/xendit/xendit-go/v6/common"
)

type PayoutApi interface {
	CreatePayout(ctx context.Context) ApiCreatePayoutRequest
	CreatePayoutExecute(r ApiCreatePayoutRequest) (*GetPayouts200ResponseDataInner, *http.Response, *common.XenditSdkError)
	GetPayoutById(ctx context.Context, id string) ApiGetPayoutByIdRequest
	GetPayoutByIdExecute(r ApiGetPayoutByIdRequest) (*GetPayouts200ResponseDataInner, *http.Response, *common.XenditSdkError)
	CancelPayout(ctx context.Context, id string) ApiCancelPayoutRequest
	CancelPayoutExecute(r ApiCancelPayoutRequest) (*GetPayouts200ResponseDataInner, *http.Response, *common.XenditSdkError)
}

type PayoutApiService struct{}

type ApiCreatePayoutRequest struct {
	ctx                 context.Context
	ApiService          PayoutApi
	idempotencyKey      *string
	forUserId           *string
	createPayoutRequest *CreatePayoutRequest
}

// A unique key to prevent duplicate requests from pushing through our system. No expiration.
func (r ApiCreatePayoutRequest) IdempotencyKey(idempotencyKey string) ApiCreatePayoutRequest {
	panic("stub")
}

func (r ApiCreatePayoutRequest) ForUserId(forUserId string) ApiCreatePayoutRequest {
	panic("stub")
}

func (r ApiCreatePayoutRequest) CreatePayoutRequest(createPayoutRequest CreatePayoutRequest) ApiCreatePayoutRequest {
	panic("stub")
}

func (r ApiCreatePayoutRequest) Execute() (*GetPayouts200ResponseDataInner, *http.Response, *common.XenditSdkError) {
	panic("stub")
}

func (a *PayoutApiService) CreatePayout(ctx context.Context) ApiCreatePayoutRequest {
	panic("stub")
}

func (a *PayoutApiService) CreatePayoutExecute(r ApiCreatePayoutRequest) (*GetPayouts200ResponseDataInner, *http.Response, *common.XenditSdkError) {
	panic("stub")
}

type ApiGetPayoutByIdRequest struct {
	ctx        context.Context
	ApiService PayoutApi
	id         string
	forUserId  *string
}

func (r ApiGetPayoutByIdRequest) ForUserId(forUserId string) ApiGetPayoutByIdRequest {
	panic("stub")
}

func (r ApiGetPayoutByIdRequest) Execute() (*GetPayouts200ResponseDataInner, *http.Response, *common.XenditSdkError) {
	panic("stub")
}

func (a *PayoutApiService) GetPayoutById(ctx context.Context, id string) ApiGetPayoutByIdRequest {
	panic("stub")
}

func (a *PayoutApiService) GetPayoutByIdExecute(r ApiGetPayoutByIdRequest) (*GetPayouts200ResponseDataInner, *http.Response, *common.XenditSdkError) {
	panic("stub")
}

type ApiCancelPayoutRequest struct {
	ctx        context.Context
	ApiService PayoutApi
	id         string
	forUserId  *string
}

func (r ApiCancelPayoutRequest) ForUserId(forUserId string) ApiCancelPayoutRequest {
	panic("stub")
}

func (r ApiCancelPayoutRequest) Execute() (*GetPayouts200ResponseDataInner, *http.Response, *common.XenditSdkError) {
	panic("stub")
}

func (a *PayoutApiService) CancelPayout(ctx context.Context, id string) ApiCancelPayoutRequest {
	panic("stub")
}

func (a *PayoutApiService) CancelPayoutExecute(r ApiCancelPayoutRequest) (*GetPayouts200ResponseDataInner, *http.Response, *common.XenditSdkError) {
	panic("stub")
}
