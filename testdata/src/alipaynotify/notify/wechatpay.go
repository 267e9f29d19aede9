package notify

import (
	"context"
	"net/http"

	"github.com/wechatpay-apiv3/wechatpay-go/core/notify"
	"github.com/wechatpay-apiv3/wechatpay-go/services/payments"
	"gorm.io/gorm"
)

// WeChat Pay API v3 payment notifications (a JSON POST whose resource is
// encrypted with the merchant's APIv3 key) handled with wechatpay-go:
// ParseNotifyRequest checks the Wechatpay-Signature headers against the
// platform certificate, then decrypts the resource into the transaction.

type WechatHooks struct {
	db      *gorm.DB
	handler *notify.Handler
}

func (h *WechatHooks) Mount(mux *http.ServeMux) {
	mux.HandleFunc("POST /pay/wechat/notify", h.wechatNotify)
	mux.HandleFunc("POST /pay/wechat/notify-ignored", h.wechatNotifyParseIgnored)
}

// The parse error answered before the order is touched: silent.
func (h *WechatHooks) wechatNotify(w http.ResponseWriter, r *http.Request) {
	var tx payments.Transaction
	if _, err := h.handler.ParseNotifyRequest(context.Background(), r, &tx); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if tx.TradeState != nil && *tx.TradeState == "SUCCESS" {
		h.db.Model(&Order{}).Where("out_trade_no = ?", *tx.OutTradeNo).Update("status", "paid")
	}
	w.WriteHeader(http.StatusNoContent)
}

// The parse error dropped: the transaction is trusted whatever the
// signature check said.
func (h *WechatHooks) wechatNotifyParseIgnored(w http.ResponseWriter, r *http.Request) {
	var tx payments.Transaction
	h.handler.ParseNotifyRequest(r.Context(), r, &tx)
	if tx.TradeState != nil && *tx.TradeState == "SUCCESS" {
		h.db.Model(&Order{}).Where("out_trade_no = ?", *tx.OutTradeNo).Update("status", "paid") // want `payment webhook /pay/wechat/notify-ignored verifies the signature but carries on when it fails`
	}
	w.WriteHeader(http.StatusNoContent)
}
