package checkout

import (
	"context"
	"net/http"
)

// PaymentCancelRequest is the body of POST /payments/{paymentPspReference}/cancels
// (fields as in v21.2.0, without ApplicationInfo).
type PaymentCancelRequest struct {
	MerchantAccount string  `json:"merchantAccount"`
	Reference       *string `json:"reference,omitempty"`
}

// PaymentCancelResponse is its answer (v21.2.0).
type PaymentCancelResponse struct {
	MerchantAccount     string  `json:"merchantAccount"`
	PaymentPspReference string  `json:"paymentPspReference"`
	PspReference        string  `json:"pspReference"`
	Reference           *string `json:"reference,omitempty"`
	Status              string  `json:"status"`
}

// ModificationsApiCancelAuthorisedPaymentByPspReferenceInput holds all
// parameters accepted by ModificationsApi.CancelAuthorisedPaymentByPspReference.
type ModificationsApiCancelAuthorisedPaymentByPspReferenceInput struct {
	paymentPspReference  string
	idempotencyKey       *string
	paymentCancelRequest *PaymentCancelRequest
}

func (r ModificationsApiCancelAuthorisedPaymentByPspReferenceInput) IdempotencyKey(idempotencyKey string) ModificationsApiCancelAuthorisedPaymentByPspReferenceInput {
	r.idempotencyKey = &idempotencyKey
	return r
}

func (r ModificationsApiCancelAuthorisedPaymentByPspReferenceInput) PaymentCancelRequest(paymentCancelRequest PaymentCancelRequest) ModificationsApiCancelAuthorisedPaymentByPspReferenceInput {
	r.paymentCancelRequest = &paymentCancelRequest
	return r
}

func (a *ModificationsApi) CancelAuthorisedPaymentByPspReferenceInput(paymentPspReference string) ModificationsApiCancelAuthorisedPaymentByPspReferenceInput {
	return ModificationsApiCancelAuthorisedPaymentByPspReferenceInput{paymentPspReference: paymentPspReference}
}

// CancelAuthorisedPaymentByPspReference cancels an authorised payment
// (POST /payments/{paymentPspReference}/cancels).
func (a *ModificationsApi) CancelAuthorisedPaymentByPspReference(ctx context.Context, r ModificationsApiCancelAuthorisedPaymentByPspReferenceInput) (PaymentCancelResponse, *http.Response, error) {
	return PaymentCancelResponse{}, nil, nil
}
