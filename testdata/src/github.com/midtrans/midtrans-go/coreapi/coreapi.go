// Package coreapi is a stub of github.com/midtrans/midtrans-go/coreapi.
package coreapi

import "github.com/midtrans/midtrans-go"

type CoreapiPaymentType string

const PaymentTypeBankTransfer CoreapiPaymentType = "bank_transfer"

type ChargeReq struct {
	PaymentType        CoreapiPaymentType          `json:"payment_type"`
	TransactionDetails midtrans.TransactionDetails `json:"transaction_details"`
}

type ChargeResponse struct {
	TransactionID     string `json:"transaction_id"`
	OrderID           string `json:"order_id"`
	TransactionStatus string `json:"transaction_status"`
}

type TransactionStatusResponse struct {
	OrderID           string `json:"order_id"`
	TransactionStatus string `json:"transaction_status"`
	FraudStatus       string `json:"fraud_status"`
}

type RefundReq struct {
	RefundKey string `json:"refund_key"`
	Amount    int64  `json:"amount"`
	Reason    string `json:"reason"`
}

type RefundResponse struct {
	StatusCode string `json:"status_code"`
	RefundKey  string `json:"refund_key"`
}

type Client struct {
	ServerKey string
	ClientKey string
	Env       midtrans.EnvironmentType
	Options   *midtrans.ConfigOptions
}

func (c *Client) New(serverKey string, env midtrans.EnvironmentType) {}

func (c Client) ChargeTransaction(req *ChargeReq) (*ChargeResponse, *midtrans.Error) { panic("stub") }

func ChargeTransaction(req *ChargeReq) (*ChargeResponse, *midtrans.Error) { panic("stub") }

func (c Client) CheckTransaction(param string) (*TransactionStatusResponse, *midtrans.Error) {
	panic("stub")
}

func CheckTransaction(param string) (*TransactionStatusResponse, *midtrans.Error) { panic("stub") }

func (c Client) RefundTransaction(param string, req *RefundReq) (*RefundResponse, *midtrans.Error) {
	panic("stub")
}

func RefundTransaction(param string, req *RefundReq) (*RefundResponse, *midtrans.Error) {
	panic("stub")
}
