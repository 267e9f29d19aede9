// Package alipay is a stub of github.com/smartwalle/alipay/v3 (shape of
// v3.2.20): the client, the trade and fund calls, the notification
// decoders and the trade statuses.
package alipay

import (
	"net/http"
	"net/url"
)

type Client struct{}

type OptionFunc func(c *Client)

func New(appId, privateKey string, isProduction bool, opts ...OptionFunc) (nClient *Client, err error) {
	panic("stub")
}

func (c *Client) LoadAliPayPublicKey(s string) error { panic("stub") }

type Code string

const CodeSuccess Code = "10000"

func (c Code) IsSuccess() bool { return c == CodeSuccess }

func (c Code) IsFailure() bool { return c != CodeSuccess }

type Error struct {
	Code    Code   `json:"code"`
	Msg     string `json:"msg"`
	SubCode string `json:"sub_code"`
	SubMsg  string `json:"sub_msg"`
}

func (e Error) Error() string { return string(e.Code) + " - " + e.SubMsg }

func (e Error) IsSuccess() bool { return e.Code.IsSuccess() }

func (e Error) IsFailure() bool { return e.Code.IsFailure() }

type AuxParam struct{}

type TradeStatus string

const (
	TradeStatusWaitBuyerPay TradeStatus = "WAIT_BUYER_PAY"
	TradeStatusClosed       TradeStatus = "TRADE_CLOSED"
	TradeStatusSuccess      TradeStatus = "TRADE_SUCCESS"
	TradeStatusFinished     TradeStatus = "TRADE_FINISHED"
)

type Trade struct {
	AuxParam
	NotifyURL    string `json:"-"`
	ReturnURL    string `json:"-"`
	AppAuthToken string `json:"-"`

	Subject     string `json:"subject"`
	OutTradeNo  string `json:"out_trade_no"`
	TotalAmount string `json:"total_amount"`
	ProductCode string `json:"product_code"`
}

type TradePagePay struct {
	Trade
	QRPayMode string `json:"qr_pay_mode,omitempty"`
}

type TradeWapPay struct {
	Trade
	QuitURL string `json:"quit_url,omitempty"`
}

type TradeAppPay struct {
	Trade
}

type TradePreCreate struct {
	Trade
	OperatorId string `json:"operator_id"`
	TerminalId string `json:"terminal_id"`
}

type TradePreCreateRsp struct {
	Error
	OutTradeNo string `json:"out_trade_no"`
	QRCode     string `json:"qr_code"`
}

type TradeCreate struct {
	Trade
	BuyerId string `json:"buyer_id"`
}

type TradeCreateRsp struct {
	Error
	TradeNo    string `json:"trade_no"`
	OutTradeNo string `json:"out_trade_no"`
}

type TradePay struct {
	Trade
	Scene    string `json:"scene"`
	AuthCode string `json:"auth_code,omitempty"`
}

type TradePayRsp struct {
	Error
	OutTradeNo    string `json:"out_trade_no"`
	TradeNo       string `json:"trade_no"`
	TotalAmount   string `json:"total_amount"`
	ReceiptAmount string `json:"receipt_amount"`
}

type TradeQuery struct {
	AuxParam
	AppAuthToken string   `json:"-"`
	OutTradeNo   string   `json:"out_trade_no,omitempty"`
	TradeNo      string   `json:"trade_no,omitempty"`
	QueryOptions []string `json:"query_options,omitempty"`
}

type TradeQueryRsp struct {
	Error
	TradeNo        string      `json:"trade_no"`
	OutTradeNo     string      `json:"out_trade_no"`
	BuyerLogonId   string      `json:"buyer_logon_id"`
	TradeStatus    TradeStatus `json:"trade_status"`
	TotalAmount    string      `json:"total_amount"`
	BuyerPayAmount string      `json:"buyer_pay_amount"`
}

type TradeRefund struct {
	AuxParam
	AppAuthToken string `json:"-"`
	OutTradeNo   string `json:"out_trade_no,omitempty"`
	TradeNo      string `json:"trade_no,omitempty"`
	RefundAmount string `json:"refund_amount"`
	RefundReason string `json:"refund_reason"`
	OutRequestNo string `json:"out_request_no"`
}

type TradeRefundRsp struct {
	Error
	TradeNo    string `json:"trade_no"`
	OutTradeNo string `json:"out_trade_no"`
	FundChange string `json:"fund_change"`
	RefundFee  string `json:"refund_fee"`
}

type TradeClose struct {
	AuxParam
	AppAuthToken string `json:"-"`
	OutTradeNo   string `json:"out_trade_no,omitempty"`
	TradeNo      string `json:"trade_no,omitempty"`
}

type TradeCloseRsp struct {
	Error
	OutTradeNo string `json:"out_trade_no"`
	TradeNo    string `json:"trade_no"`
}

type PayeeInfo struct {
	Identity     string `json:"identity"`
	IdentityType string `json:"identity_type"`
	Name         string `json:"name"`
}

type FundTransUniTransfer struct {
	AuxParam
	AppAuthToken string     `json:"-"`
	OutBizNo     string     `json:"out_biz_no"`
	TransAmount  string     `json:"trans_amount"`
	ProductCode  string     `json:"product_code"`
	BizScene     string     `json:"biz_scene"`
	OrderTitle   string     `json:"order_title"`
	PayeeInfo    *PayeeInfo `json:"payee_info"`
	Remark       string     `json:"remark"`
}

type FundTransUniTransferRsp struct {
	Error
	OutBizNo string `json:"out_biz_no"`
	OrderId  string `json:"order_id"`
	Status   string `json:"status"`
}

func (c *Client) TradePagePay(param TradePagePay) (result *url.URL, err error) { panic("stub") }

func (c *Client) TradeWapPay(param TradeWapPay) (result *url.URL, err error) { panic("stub") }

func (c *Client) TradeAppPay(param TradeAppPay) (result string, err error) { panic("stub") }

func (c *Client) TradePreCreate(param TradePreCreate) (result *TradePreCreateRsp, err error) {
	panic("stub")
}

func (c *Client) TradeCreate(param TradeCreate) (result *TradeCreateRsp, err error) { panic("stub") }

func (c *Client) TradePay(param TradePay) (result *TradePayRsp, err error) { panic("stub") }

func (c *Client) TradeQuery(param TradeQuery) (result *TradeQueryRsp, err error) { panic("stub") }

func (c *Client) TradeRefund(param TradeRefund) (result *TradeRefundRsp, err error) { panic("stub") }

func (c *Client) TradeClose(param TradeClose) (result *TradeCloseRsp, err error) { panic("stub") }

func (c *Client) FundTransUniTransfer(param FundTransUniTransfer) (result *FundTransUniTransferRsp, err error) {
	panic("stub")
}

// Notification is what DecodeNotification reads from a verified form.
type Notification struct {
	NotifyId       string      `json:"notify_id"`
	NotifyType     string      `json:"notify_type"`
	AppId          string      `json:"app_id"`
	TradeNo        string      `json:"trade_no"`
	OutTradeNo     string      `json:"out_trade_no"`
	OutRequestNo   string      `json:"out_request_no"`
	BuyerLogonId   string      `json:"buyer_logon_id"`
	TradeStatus    TradeStatus `json:"trade_status"`
	TotalAmount    string      `json:"total_amount"`
	BuyerPayAmount string      `json:"buyer_pay_amount"`
	Sign           string      `json:"sign"`
}

// VerifySign checks the form's sign against Alipay's public key; an
// error when it does not match.
func (c *Client) VerifySign(values url.Values) (err error) { panic("stub") }

// DecodeNotification verifies the form (VerifySign) and decodes it.
func (c *Client) DecodeNotification(values url.Values) (notification *Notification, err error) {
	panic("stub")
}

// GetTradeNotification parses the request's form and decodes it with
// DecodeNotification.
//
// Deprecated: use DecodeNotification instead.
func (c *Client) GetTradeNotification(req *http.Request) (notification *Notification, err error) {
	panic("stub")
}

func (c *Client) NotifyVerify(partnerId, notifyId string) bool { panic("stub") }

func (c *Client) ACKNotification(w http.ResponseWriter) { panic("stub") }

func ACKNotification(w http.ResponseWriter) { panic("stub") }
