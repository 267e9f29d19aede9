package checkout

import (
	"context"
	"net/http"
)

// CreateCheckoutSessionRequest is the body of POST /sessions (only the
// fields the tests use; as in v21.2.0).
type CreateCheckoutSessionRequest struct {
	Amount           Amount  `json:"amount"`
	CountryCode      *string `json:"countryCode,omitempty"`
	MerchantAccount  string  `json:"merchantAccount"`
	Reference        string  `json:"reference"`
	ReturnUrl        string  `json:"returnUrl"`
	ShopperReference *string `json:"shopperReference,omitempty"`
}

// CreateCheckoutSessionResponse is the answer of POST /sessions.
type CreateCheckoutSessionResponse struct {
	Amount          Amount  `json:"amount"`
	Id              string  `json:"id"`
	MerchantAccount string  `json:"merchantAccount"`
	Reference       string  `json:"reference"`
	ReturnUrl       string  `json:"returnUrl"`
	SessionData     *string `json:"sessionData,omitempty"`
}

// PaymentsApiSessionsInput holds all parameters accepted by
// PaymentsApi.Sessions.
type PaymentsApiSessionsInput struct {
	idempotencyKey               *string
	createCheckoutSessionRequest *CreateCheckoutSessionRequest
}

func (r PaymentsApiSessionsInput) IdempotencyKey(idempotencyKey string) PaymentsApiSessionsInput {
	return r
}

func (r PaymentsApiSessionsInput) CreateCheckoutSessionRequest(createCheckoutSessionRequest CreateCheckoutSessionRequest) PaymentsApiSessionsInput {
	return r
}

func (a *PaymentsApi) SessionsInput() PaymentsApiSessionsInput { return PaymentsApiSessionsInput{} }

// Sessions creates a payment session (POST /sessions).
func (a *PaymentsApi) Sessions(ctx context.Context, r PaymentsApiSessionsInput) (CreateCheckoutSessionResponse, *http.Response, error) {
	return CreateCheckoutSessionResponse{}, nil, nil
}
