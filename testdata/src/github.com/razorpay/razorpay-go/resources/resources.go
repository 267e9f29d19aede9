// Package resources is a stub of github.com/razorpay/razorpay-go/resources.
package resources

import "github.com/razorpay/razorpay-go/requests"

type Order struct {
	Request *requests.Request
}

func (order *Order) Create(data map[string]interface{}, extraHeaders map[string]string) (map[string]interface{}, error) {
	panic("stub")
}

func (order *Order) Fetch(orderID string, queryParams map[string]interface{}, extraHeaders map[string]string) (map[string]interface{}, error) {
	panic("stub")
}

func (order *Order) Payments(orderID string, queryParams map[string]interface{}, extraHeaders map[string]string) (map[string]interface{}, error) {
	panic("stub")
}

type Payment struct {
	Request *requests.Request
}

func (p *Payment) Fetch(paymentID string, queryParams map[string]interface{}, extraHeaders map[string]string) (map[string]interface{}, error) {
	panic("stub")
}

func (p *Payment) Capture(paymentID string, amount int, data map[string]interface{}, extraHeaders map[string]string) (map[string]interface{}, error) {
	panic("stub")
}

func (p *Payment) Refund(paymentID string, amount int, data map[string]interface{}, extraHeaders map[string]string) (map[string]interface{}, error) {
	panic("stub")
}

func (p *Payment) CreateRecurringPayment(data map[string]interface{}, extraHeaders map[string]string) (map[string]interface{}, error) {
	panic("stub")
}

type Refund struct {
	Request *requests.Request
}

func (refund *Refund) Create(data map[string]interface{}, extraHeaders map[string]string) (map[string]interface{}, error) {
	panic("stub")
}
