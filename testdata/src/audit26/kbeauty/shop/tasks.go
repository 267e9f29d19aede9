package shop

// Task names shared by the web layer and the worker.
const (
	TaskConfirm   = "toss:confirm"
	TaskBoxRenew  = "box:renew"
	TaskReceipt   = "receipt:send"
	TaskConcierge = "va:concierge"
)

// ConfirmTask is the payload of toss:confirm.
type ConfirmTask struct {
	PaymentKey string `json:"paymentKey"`
	OrderID    string `json:"orderId"`
	Amount     int64  `json:"amount"`
}

// BoxTask is the payload of box:renew.
type BoxTask struct {
	SubscriptionID uint `json:"subscription_id"`
}

// ConciergeTask is the payload of va:concierge: a phone order paid by bank
// transfer while the agent stays on the call.
type ConciergeTask struct {
	OrderNo    string `json:"order_no"`
	PaymentKey string `json:"payment_key"`
	Amount     int64  `json:"amount"`
	Bank       string `json:"bank"`
	Name       string `json:"name"`
	Phone      string `json:"phone"`
}
