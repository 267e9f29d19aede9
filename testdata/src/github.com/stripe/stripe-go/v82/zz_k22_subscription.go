package stripe

// Subscriptions, trimmed (fields and constants as in v82.5.1).

type SubscriptionStatus string

const (
	SubscriptionStatusActive     SubscriptionStatus = "active"
	SubscriptionStatusIncomplete SubscriptionStatus = "incomplete"
	SubscriptionStatusTrialing   SubscriptionStatus = "trialing"
)

type SubscriptionItemsParams struct {
	Params `form:"*"`
	Price  *string `form:"price"`
}

type SubscriptionParams struct {
	Params               `form:"*"`
	Customer             *string                    `form:"customer"`
	DefaultPaymentMethod *string                    `form:"default_payment_method"`
	Items                []*SubscriptionItemsParams `form:"items"`
	Metadata             map[string]string          `form:"metadata"`
}

type Subscription struct {
	APIResource
	ID     string             `json:"id"`
	Status SubscriptionStatus `json:"status"`
}
