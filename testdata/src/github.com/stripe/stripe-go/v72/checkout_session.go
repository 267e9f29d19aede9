package stripe

type CheckoutSessionMode string

const (
	CheckoutSessionModePayment      CheckoutSessionMode = "payment"
	CheckoutSessionModeSetup        CheckoutSessionMode = "setup"
	CheckoutSessionModeSubscription CheckoutSessionMode = "subscription"
)

type CheckoutSessionPaymentStatus string

const (
	CheckoutSessionPaymentStatusNoPaymentRequired CheckoutSessionPaymentStatus = "no_payment_required"
	CheckoutSessionPaymentStatusPaid              CheckoutSessionPaymentStatus = "paid"
	CheckoutSessionPaymentStatusUnpaid            CheckoutSessionPaymentStatus = "unpaid"
)

type CheckoutSessionStatus string

const (
	CheckoutSessionStatusComplete CheckoutSessionStatus = "complete"
	CheckoutSessionStatusExpired  CheckoutSessionStatus = "expired"
	CheckoutSessionStatusOpen     CheckoutSessionStatus = "open"
)

type CheckoutSessionLineItemParams struct {
	Price    *string `form:"price"`
	Quantity *int64  `form:"quantity"`
}

type CheckoutSessionParams struct {
	Params            `form:"*"`
	CancelURL         *string                          `form:"cancel_url"`
	ClientReferenceID *string                          `form:"client_reference_id"`
	LineItems         []*CheckoutSessionLineItemParams `form:"line_items"`
	Metadata          map[string]string                `form:"metadata"`
	Mode              *string                          `form:"mode"`
	SuccessURL        *string                          `form:"success_url"`
}

type CheckoutSessionExpireParams struct {
	Params `form:"*"`
}

type CheckoutSession struct {
	APIResource
	AmountTotal       int64                        `json:"amount_total"`
	ClientReferenceID string                       `json:"client_reference_id"`
	Currency          Currency                     `json:"currency"`
	ID                string                       `json:"id"`
	Metadata          map[string]string            `json:"metadata"`
	Mode              CheckoutSessionMode          `json:"mode"`
	PaymentIntent     *PaymentIntent               `json:"payment_intent"`
	PaymentStatus     CheckoutSessionPaymentStatus `json:"payment_status"`
	Status            CheckoutSessionStatus        `json:"status"`
	SuccessURL        string                       `json:"success_url"`
	URL               string                       `json:"url"`
}
