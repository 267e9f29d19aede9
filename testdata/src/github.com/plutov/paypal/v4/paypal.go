// Package paypal is a stub of github.com/plutov/paypal/v4 (signatures as
// in v4.8.0; bodies are stubs).
package paypal

import (
	"context"
	"net/http"
)

const (
	APIBaseSandBox = "https://api.sandbox.paypal.com"

	OrderIntentCapture string = "CAPTURE"
)

// Possible values for `status` in GetOrder (as in v4.17.0).
const (
	OrderStatusCreated   string = "CREATED"
	OrderStatusSaved     string = "SAVED"
	OrderStatusApproved  string = "APPROVED"
	OrderStatusVoided    string = "VOIDED"
	OrderStatusCompleted string = "COMPLETED"
)

type (
	Client struct {
		Client   *http.Client
		ClientID string
		Secret   string
		APIBase  string
	}

	ApplicationContext struct {
		BrandName string `json:"brand_name,omitempty"`
		ReturnURL string `json:"return_url,omitempty"`
		CancelURL string `json:"cancel_url,omitempty"`
	}

	Money struct {
		Currency string `json:"currency_code"`
		Value    string `json:"value"`
	}

	PurchaseUnitAmount struct {
		Currency string `json:"currency_code"`
		Value    string `json:"value"`
	}

	PurchaseUnitRequest struct {
		ReferenceID string              `json:"reference_id,omitempty"`
		Amount      *PurchaseUnitAmount `json:"amount"`
		Description string              `json:"description,omitempty"`
		CustomID    string              `json:"custom_id,omitempty"`
	}

	CreateOrderPayer struct {
		EmailAddress string `json:"email_address,omitempty"`
	}

	Order struct {
		ID     string `json:"id,omitempty"`
		Status string `json:"status,omitempty"`
		Intent string `json:"intent,omitempty"`
	}

	CaptureOrderRequest struct{}

	CaptureOrderMockResponse struct {
		MockApplicationCodes string `json:"mock_application_codes"`
	}

	CaptureOrderResponse struct {
		ID     string `json:"id,omitempty"`
		Status string `json:"status,omitempty"`
	}

	RefundCaptureRequest struct {
		Amount    *Money `json:"amount,omitempty"`
		InvoiceID string `json:"invoice_id,omitempty"`
	}

	RefundResponse struct {
		ID     string `json:"id,omitempty"`
		Status string `json:"status,omitempty"`
	}

	PaymentCaptureRequest struct {
		InvoiceID    string `json:"invoice_id,omitempty"`
		Amount       *Money `json:"amount,omitempty"`
		FinalCapture bool   `json:"final_capture,omitempty"`
	}

	PaymentCaptureResponse struct {
		Status string `json:"status,omitempty"`
		ID     string `json:"id,omitempty"`
	}
)

func NewClient(clientID string, secret string, APIBase string) (*Client, error) { panic("stub") }

func (c *Client) GetOrder(ctx context.Context, orderID string) (*Order, error) { panic("stub") }

func (c *Client) CreateOrder(ctx context.Context, intent string, purchaseUnits []PurchaseUnitRequest, payer *CreateOrderPayer, appContext *ApplicationContext) (*Order, error) {
	panic("stub")
}

func (c *Client) CreateOrderWithPaypalRequestID(ctx context.Context,
	intent string,
	purchaseUnits []PurchaseUnitRequest,
	payer *CreateOrderPayer,
	appContext *ApplicationContext,
	requestID string,
) (*Order, error) {
	panic("stub")
}

func (c *Client) CaptureOrder(ctx context.Context, orderID string, captureOrderRequest CaptureOrderRequest) (*CaptureOrderResponse, error) {
	panic("stub")
}

func (c *Client) CaptureOrderWithPaypalRequestId(ctx context.Context,
	orderID string,
	captureOrderRequest CaptureOrderRequest,
	requestID string,
	mockResponse *CaptureOrderMockResponse,
) (*CaptureOrderResponse, error) {
	panic("stub")
}

func (c *Client) RefundCapture(ctx context.Context, captureID string, refundCaptureRequest RefundCaptureRequest) (*RefundResponse, error) {
	panic("stub")
}

func (c *Client) RefundCaptureWithPaypalRequestId(ctx context.Context,
	captureID string,
	refundCaptureRequest RefundCaptureRequest,
	requestID string,
) (*RefundResponse, error) {
	panic("stub")
}

func (c *Client) CaptureAuthorization(ctx context.Context, authID string, paymentCaptureRequest *PaymentCaptureRequest) (*PaymentCaptureResponse, error) {
	panic("stub")
}

func (c *Client) CaptureAuthorizationWithPaypalRequestId(ctx context.Context,
	authID string,
	paymentCaptureRequest *PaymentCaptureRequest,
	requestID string,
) (*PaymentCaptureResponse, error) {
	panic("stub")
}

// VerifyWebhookResponse is the answer of POST
// /v1/notifications/verify-webhook-signature: "SUCCESS" or "FAILURE".
type VerifyWebhookResponse struct {
	VerificationStatus string `json:"verification_status,omitempty"`
}

// VerifyWebhookSignature asks PayPal whether the request's transmission
// headers and body were signed for webhookID (a remote call; the same
// signature in v4.8.0 and v4.17.0).
func (c *Client) VerifyWebhookSignature(ctx context.Context, httpReq *http.Request, webhookID string) (*VerifyWebhookResponse, error) {
	panic("stub")
}
