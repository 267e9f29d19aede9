package stripe

// SetupIntentStatus is the status of a SetupIntent (v82.5.1 setupintent.go).
type SetupIntentStatus string

const (
	SetupIntentStatusCanceled              SetupIntentStatus = "canceled"
	SetupIntentStatusProcessing            SetupIntentStatus = "processing"
	SetupIntentStatusRequiresAction        SetupIntentStatus = "requires_action"
	SetupIntentStatusRequiresConfirmation  SetupIntentStatus = "requires_confirmation"
	SetupIntentStatusRequiresPaymentMethod SetupIntentStatus = "requires_payment_method"
	SetupIntentStatusSucceeded             SetupIntentStatus = "succeeded"
)

// SetupIntentUsage is how the payment method is intended to be used.
type SetupIntentUsage string

const (
	SetupIntentUsageOffSession SetupIntentUsage = "off_session"
	SetupIntentUsageOnSession  SetupIntentUsage = "on_session"
)

// SetupIntentParams creates or updates a SetupIntent (trimmed).
type SetupIntentParams struct {
	Params             `form:"*"`
	ClientSecret       *string           `form:"client_secret"`
	Confirm            *bool             `form:"confirm"`
	Customer           *string           `form:"customer"`
	Description        *string           `form:"description"`
	Metadata           map[string]string `form:"metadata"`
	PaymentMethod      *string           `form:"payment_method"`
	PaymentMethodTypes []*string         `form:"payment_method_types"`
	ReturnURL          *string           `form:"return_url"`
	Usage              *string           `form:"usage"`
}

// PaymentMethod is a saved payment method (trimmed).
type PaymentMethod struct {
	APIResource
	ID string `json:"id"`
}

// SetupIntent collects a payment method for later off-session charges (trimmed).
type SetupIntent struct {
	APIResource
	ClientSecret  string            `json:"client_secret"`
	ID            string            `json:"id"`
	Metadata      map[string]string `json:"metadata"`
	PaymentMethod *PaymentMethod    `json:"payment_method"`
	Status        SetupIntentStatus `json:"status"`
	Usage         SetupIntentUsage  `json:"usage"`
}
