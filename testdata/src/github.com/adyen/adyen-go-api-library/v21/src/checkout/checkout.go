// Package checkout is a stub of
// github.com/adyen/adyen-go-api-library/v21/src/checkout (signatures as
// in v21.2.0; bodies are stubs).
package checkout

import (
	"context"
	"net/http"

	"github.com/adyen/adyen-go-api-library/v21/src/common"
)

type APIClient struct {
	common           common.Service
	ModificationsApi *ModificationsApi
	PaymentLinksApi  *PaymentLinksApi
	PaymentsApi      *PaymentsApi
}

func NewAPIClient(client *common.Client) *APIClient { panic("stub") }

type PaymentsApi common.Service

type ModificationsApi common.Service

type PaymentLinksApi common.Service

type Amount struct {
	Currency string `json:"currency"`
	Value    int64  `json:"value"`
}

type PaymentRequest struct {
	Amount          Amount `json:"amount"`
	MerchantAccount string `json:"merchantAccount"`
	Reference       string `json:"reference"`
}

type PaymentResponse struct {
	PspReference *string `json:"pspReference,omitempty"`
	ResultCode   *string `json:"resultCode,omitempty"`
}

type PaymentDetailsRequest struct {
	Details map[string]interface{} `json:"details"`
}

type PaymentDetailsResponse struct {
	PspReference *string `json:"pspReference,omitempty"`
	ResultCode   *string `json:"resultCode,omitempty"`
}

type PaymentCaptureRequest struct {
	Amount          Amount  `json:"amount"`
	MerchantAccount string  `json:"merchantAccount"`
	Reference       *string `json:"reference,omitempty"`
}

type PaymentCaptureResponse struct {
	PaymentPspReference string `json:"paymentPspReference"`
	Status              string `json:"status"`
}

type PaymentRefundRequest struct {
	Amount          Amount  `json:"amount"`
	MerchantAccount string  `json:"merchantAccount"`
	Reference       *string `json:"reference,omitempty"`
}

type PaymentRefundResponse struct {
	PaymentPspReference string `json:"paymentPspReference"`
	Status              string `json:"status"`
}

type PaymentLinkRequest struct {
	Amount          Amount `json:"amount"`
	MerchantAccount string `json:"merchantAccount"`
	Reference       string `json:"reference"`
}

type PaymentLinkResponse struct {
	Id     string `json:"id"`
	Status string `json:"status"`
	Url    string `json:"url"`
}

type PaymentsApiPaymentsInput struct {
	idempotencyKey *string
	req            *PaymentRequest
}

func (r PaymentsApiPaymentsInput) IdempotencyKey(idempotencyKey string) PaymentsApiPaymentsInput {
	panic("stub")
}

func (r PaymentsApiPaymentsInput) PaymentRequest(paymentRequest PaymentRequest) PaymentsApiPaymentsInput {
	panic("stub")
}

func (a *PaymentsApi) PaymentsInput() PaymentsApiPaymentsInput { panic("stub") }

func (a *PaymentsApi) Payments(ctx context.Context, r PaymentsApiPaymentsInput) (PaymentResponse, *http.Response, error) {
	panic("stub")
}

type PaymentsApiPaymentsDetailsInput struct {
	idempotencyKey *string
	req            *PaymentDetailsRequest
}

func (r PaymentsApiPaymentsDetailsInput) IdempotencyKey(idempotencyKey string) PaymentsApiPaymentsDetailsInput {
	panic("stub")
}

func (r PaymentsApiPaymentsDetailsInput) PaymentDetailsRequest(paymentDetailsRequest PaymentDetailsRequest) PaymentsApiPaymentsDetailsInput {
	panic("stub")
}

func (a *PaymentsApi) PaymentsDetailsInput() PaymentsApiPaymentsDetailsInput { panic("stub") }

func (a *PaymentsApi) PaymentsDetails(ctx context.Context, r PaymentsApiPaymentsDetailsInput) (PaymentDetailsResponse, *http.Response, error) {
	panic("stub")
}

type ModificationsApiCaptureAuthorisedPaymentInput struct {
	paymentPspReference string
	idempotencyKey      *string
	req                 *PaymentCaptureRequest
}

func (r ModificationsApiCaptureAuthorisedPaymentInput) IdempotencyKey(idempotencyKey string) ModificationsApiCaptureAuthorisedPaymentInput {
	panic("stub")
}

func (r ModificationsApiCaptureAuthorisedPaymentInput) PaymentCaptureRequest(paymentCaptureRequest PaymentCaptureRequest) ModificationsApiCaptureAuthorisedPaymentInput {
	panic("stub")
}

func (a *ModificationsApi) CaptureAuthorisedPaymentInput(paymentPspReference string) ModificationsApiCaptureAuthorisedPaymentInput {
	panic("stub")
}

func (a *ModificationsApi) CaptureAuthorisedPayment(ctx context.Context, r ModificationsApiCaptureAuthorisedPaymentInput) (PaymentCaptureResponse, *http.Response, error) {
	panic("stub")
}

type ModificationsApiRefundCapturedPaymentInput struct {
	paymentPspReference string
	idempotencyKey      *string
	req                 *PaymentRefundRequest
}

func (r ModificationsApiRefundCapturedPaymentInput) IdempotencyKey(idempotencyKey string) ModificationsApiRefundCapturedPaymentInput {
	panic("stub")
}

func (r ModificationsApiRefundCapturedPaymentInput) PaymentRefundRequest(paymentRefundRequest PaymentRefundRequest) ModificationsApiRefundCapturedPaymentInput {
	panic("stub")
}

func (a *ModificationsApi) RefundCapturedPaymentInput(paymentPspReference string) ModificationsApiRefundCapturedPaymentInput {
	panic("stub")
}

func (a *ModificationsApi) RefundCapturedPayment(ctx context.Context, r ModificationsApiRefundCapturedPaymentInput) (PaymentRefundResponse, *http.Response, error) {
	panic("stub")
}

type PaymentLinksApiPaymentLinksInput struct {
	idempotencyKey *string
	req            *PaymentLinkRequest
}

func (r PaymentLinksApiPaymentLinksInput) IdempotencyKey(idempotencyKey string) PaymentLinksApiPaymentLinksInput {
	panic("stub")
}

func (r PaymentLinksApiPaymentLinksInput) PaymentLinkRequest(paymentLinkRequest PaymentLinkRequest) PaymentLinksApiPaymentLinksInput {
	panic("stub")
}

func (a *PaymentLinksApi) PaymentLinksInput() PaymentLinksApiPaymentLinksInput { panic("stub") }

func (a *PaymentLinksApi) PaymentLinks(ctx context.Context, r PaymentLinksApiPaymentLinksInput) (PaymentLinkResponse, *http.Response, error) {
	panic("stub")
}

type PaymentLinksApiGetPaymentLinkInput struct {
	linkId string
}

func (a *PaymentLinksApi) GetPaymentLinkInput(linkId string) PaymentLinksApiGetPaymentLinkInput {
	panic("stub")
}

func (a *PaymentLinksApi) GetPaymentLink(ctx context.Context, r PaymentLinksApiGetPaymentLinkInput) (PaymentLinkResponse, *http.Response, error) {
	panic("stub")
}
