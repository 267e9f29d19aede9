package stripe

// PaymentIntentStatus is the status of a PaymentIntent.
type PaymentIntentStatus string

const (
	PaymentIntentStatusCanceled              PaymentIntentStatus = "canceled"
	PaymentIntentStatusProcessing            PaymentIntentStatus = "processing"
	PaymentIntentStatusRequiresAction        PaymentIntentStatus = "requires_action"
	PaymentIntentStatusRequiresCapture       PaymentIntentStatus = "requires_capture"
	PaymentIntentStatusRequiresConfirmation  PaymentIntentStatus = "requires_confirmation"
	PaymentIntentStatusRequiresPaymentMethod PaymentIntentStatus = "requires_payment_method"
	PaymentIntentStatusSucceeded             PaymentIntentStatus = "succeeded"
)

type PaymentIntentParams struct {
	Params           `form:"*"`
	Amount           *int64            `form:"amount"`
	CaptureMethod    *string           `form:"capture_method"`
	Confirm          *bool             `form:"confirm"`
	Currency         *string           `form:"currency"`
	Customer         *string           `form:"customer"`
	Description      *string           `form:"description"`
	Metadata         map[string]string `form:"metadata"`
	OffSession       *bool             `form:"off_session"`
	PaymentMethod    *string           `form:"payment_method"`
	ReturnURL        *string           `form:"return_url"`
	SetupFutureUsage *string           `form:"setup_future_usage"`
	// PaymentMethodTypes as in v82.5.1.
	PaymentMethodTypes []*string `form:"payment_method_types"`
}

type PaymentIntentCreateParams struct {
	Params        `form:"*"`
	Amount        *int64            `form:"amount"`
	CaptureMethod *string           `form:"capture_method"`
	Confirm       *bool             `form:"confirm"`
	Currency      *string           `form:"currency"`
	Customer      *string           `form:"customer"`
	Description   *string           `form:"description"`
	Metadata      map[string]string `form:"metadata"`
	OffSession    *bool             `form:"off_session"` // as in v82.5.1
	PaymentMethod *string           `form:"payment_method"`
	ReturnURL     *string           `form:"return_url"`
}

type PaymentIntentRetrieveParams struct {
	Params       `form:"*"`
	ClientSecret *string `form:"client_secret"`
}

type PaymentIntentUpdateParams struct {
	Params   `form:"*"`
	Amount   *int64            `form:"amount"`
	Metadata map[string]string `form:"metadata"`
}

type PaymentIntentConfirmParams struct {
	Params        `form:"*"`
	PaymentMethod *string `form:"payment_method"`
	ReturnURL     *string `form:"return_url"`
}

type PaymentIntentCaptureParams struct {
	Params          `form:"*"`
	AmountToCapture *int64 `form:"amount_to_capture"`
	FinalCapture    *bool  `form:"final_capture"`
}

type PaymentIntentCancelParams struct {
	Params             `form:"*"`
	CancellationReason *string `form:"cancellation_reason"`
}

type PaymentIntentIncrementAuthorizationParams struct {
	Params `form:"*"`
	Amount *int64 `form:"amount"`
}

type PaymentIntent struct {
	APIResource
	Amount int64 `json:"amount"`
	// AmountReceived is the amount that this PaymentIntent collected.
	AmountReceived int64               `json:"amount_received"`
	ClientSecret   string              `json:"client_secret"`
	Currency       Currency            `json:"currency"`
	ID             string              `json:"id"`
	LatestCharge   *Charge             `json:"latest_charge"`
	Metadata       map[string]string   `json:"metadata"`
	Status         PaymentIntentStatus `json:"status"`
}
