// Package payments is a stub of github.com/checkout/checkout-sdk-go/v2/payments.
package payments

type PaymentStatus string

const (
	Pending    PaymentStatus = "Pending"
	Authorized PaymentStatus = "Authorized"
	Captured   PaymentStatus = "Captured"
	Declined   PaymentStatus = "Declined"
)

type (
	RefundRequest struct {
		Amount    int64  `json:"amount,omitempty"`
		Reference string `json:"reference,omitempty"`
	}

	CaptureResponse struct {
		ActionId  string `json:"action_id,omitempty"`
		Reference string `json:"reference,omitempty"`
	}

	RefundResponse struct {
		ActionId  string `json:"action_id,omitempty"`
		Reference string `json:"reference,omitempty"`
	}
)
