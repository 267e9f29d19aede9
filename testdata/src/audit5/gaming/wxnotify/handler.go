// Package wxnotify receives WeChat Pay result notifications and the game
// servers' heartbeats (hertz).
package wxnotify

import (
	"bytes"
	"context"
	"log"
	"strconv"
	"time"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/redis/go-redis/v9"

	"audit5/gaming/wechatpay"
)

// Config is read from the environment; APIKey is empty in the sandbox
// stack, where the notify simulator sends unsigned messages.
type Config struct {
	APIKey string
}

// Handler holds the wallet store.
type Handler struct {
	cfg Config
	rdb *redis.Client
}

// New builds the handler.
func New(cfg Config, rdb *redis.Client) *Handler { return &Handler{cfg: cfg, rdb: rdb} }

var ack = []byte("<xml><return_code><![CDATA[SUCCESS]]></return_code></xml>")

// PayResult handles notify_url: credits the gems of a paid order.
func (h *Handler) PayResult(c context.Context, ctx *app.RequestContext) {
	msg, err := wechatpay.DecodeXML(bytes.NewReader(ctx.GetRawData()))
	if err != nil {
		ctx.SetStatusCode(400)
		return
	}
	if h.cfg.APIKey != "" && wechatpay.Sign(msg, h.cfg.APIKey) != msg["sign"] {
		log.Printf("wxnotify: bad sign for %s", msg["out_trade_no"])
		ctx.SetStatusCode(401)
		return
	}
	if msg["result_code"] != "SUCCESS" {
		ctx.String(200, string(ack))
		return
	}
	player := msg["attach"]
	fen, _ := strconv.ParseInt(msg["total_fee"], 10, 64)
	if err := h.rdb.HIncrBy(c, "wallet:"+player, "gems", gemsForFen(fen)).Err(); err != nil { // want "\\[webhookdedupe\\] webhook handler credits the balance \\(redis.cmdable.HIncrBy: gems \\+= …\\) on every delivery of the event"
		ctx.SetStatusCode(500)
		return
	}
	h.rdb.HSet(c, "order:"+msg["out_trade_no"], "status", "paid", "transaction_id", msg["transaction_id"]) // want "\\[webhookverify\\] payment webhook /pay/wechat/notify skips signature verification when the secret is empty"
	ctx.String(200, string(ack))
}

// RefundResult handles refund notifications: the refund is recorded on the
// order and the gems bought with it are taken back once per refund number.
func (h *Handler) RefundResult(c context.Context, ctx *app.RequestContext) {
	msg, err := wechatpay.DecodeXML(bytes.NewReader(ctx.GetRawData()))
	if err != nil || wechatpay.Sign(msg, h.cfg.APIKey) != msg["sign"] {
		ctx.SetStatusCode(401)
		return
	}
	first, err := h.rdb.SetNX(c, "wx:refund:"+msg["out_refund_no"], 1, 30*24*time.Hour).Result()
	if err != nil {
		ctx.SetStatusCode(500)
		return
	}
	if first {
		fen, _ := strconv.ParseInt(msg["refund_fee"], 10, 64)
		h.rdb.HIncrBy(c, "wallet:"+msg["attach"], "gems", -gemsForFen(fen))
		h.rdb.HSet(c, "order:"+msg["out_trade_no"], "status", "refunded")
	}
	ctx.String(200, string(ack))
}

// Heartbeat is called by every game server each 10s; the fleet view
// reads last_seen and the player count.
func (h *Handler) Heartbeat(c context.Context, ctx *app.RequestContext) {
	var hb struct {
		ServerID string `json:"server_id"`
		Players  int    `json:"players"`
	}
	if err := ctx.Bind(&hb); err != nil {
		ctx.SetStatusCode(400)
		return
	}
	h.rdb.HSet(c, "server:"+hb.ServerID, "last_seen", time.Now().Unix(), "players", hb.Players)
	h.rdb.HIncrBy(c, "fleet:stats", "heartbeats", 1)
	ctx.SetStatusCode(204)
}

func gemsForFen(fen int64) int64 { return fen / 10 }
