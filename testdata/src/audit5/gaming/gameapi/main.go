// Command gameapi runs the studio's payment-facing services.
package main

import (
	"context"
	"log"
	"net/http"
	"os"

	"github.com/cloudwego/hertz/pkg/app/server"
	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
	mollie "github.com/mollie/mollie-api-golang"
	"github.com/redis/go-redis/v9"
	"go.mongodb.org/mongo-driver/mongo"
	"gorm.io/gorm"

	"audit5/gaming/alipay"
	"audit5/gaming/mollieshop"
	"audit5/gaming/paystation"
	"audit5/gaming/shop"
	"audit5/gaming/social"
	"audit5/gaming/stripehooks"
	"audit5/gaming/wallet"
	"audit5/gaming/wechatpay"
	"audit5/gaming/wxnotify"
)

// deps are the shared clients, opened by open().
type deps struct {
	rdb   *redis.Client
	db    *gorm.DB
	mongo *mongo.Database
	moll  *mollie.Client
	board *social.Leaderboard
	push  *social.Push
}

func main() {
	d := open()
	go serveStd(d)
	go serveShop(d)
	go serveMollie(d)
	go serveAlipay(d)
	h := server.Default()
	wxnotify.Mount(h, wxnotify.New(wxnotify.Config{APIKey: os.Getenv("WX_API_KEY")}, d.rdb))
	select {}
}

func serveStd(d deps) {
	mux := http.NewServeMux()
	jobs := make(chan string, 256)
	go rankWorker(d.board, jobs)
	stripehooks.Register(mux, stripehooks.New(os.Getenv("STRIPE_WHSEC"), wallet.NewPurchases(d.db), d.board, d.rdb, jobs)) // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(stripehooks.Handler.Checkout calls stripehooks.PurchaseService.Complete \\(handler.go:73\\), bound here to wallet.Purchases.Complete"

	hook := &paystation.PaymentHook{RDB: d.rdb}
	mux.Handle("POST /hooks/paystation", paystation.Signed(os.Getenv("PS_SECRET"), hook))
	mux.Handle("POST /hooks/paystation/v2", hook) // want "\\[webhookverify\\] payment webhook handler hook \\(package audit5/gaming/paystation\\) mounted on POST /hooks/paystation/v2 verifies no signature"
	log.Fatal(http.ListenAndServe(":8081", mux))
}

func serveShop(d deps) {
	r := gin.Default()
	w := wallet.NewRedisWallet(d.rdb)
	shop.Routes(r, shop.NewHandler(w, wallet.NewOrders(d.db), d.moll), sessionAuth)
	log.Fatal(r.Run(":8082"))
}

func serveMollie(d deps) {
	e := echo.New()
	mollieshop.NewHooks(d.moll, d.db, []string{os.Getenv("MOLLIE_WHSEC")}).Mount(e)
	log.Fatal(e.Start(":8083"))
}

func serveAlipay(d deps) {
	app := fiber.New()
	gw := alipay.New(alipay.Config{AppID: os.Getenv("ALIPAY_APP_ID"), Gateway: "https://openapi.alipay.com/gateway.do"})
	alipay.NewNotifyHandler(gw, d.mongo, d.push).Register(app)
	log.Fatal(app.Listen(":8084"))
}

func rankWorker(board *social.Leaderboard, jobs <-chan string) {
	for player := range jobs {
		_ = board.Submit(context.Background(), "spenders-weekly", player, -1)
	}
}

func sessionAuth(c *gin.Context) { c.Next() }

// granter credits WeChat QR purchases to the redis wallet.
type granter struct{ w *wallet.RedisWallet }

func (g granter) Grant(ctx context.Context, p wechatpay.Purchase, outTradeNo string) error {
	return g.w.CreditGems(ctx, p.PlayerID, p.Fen/10, "wx:"+outTradeNo)
}

func open() deps {
	return deps{
		rdb:   redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}),
		moll:  mollie.New(),
		board: social.NewLeaderboard(os.Getenv("BOARD_URL")),
		push:  social.NewPush(os.Getenv("PUSH_URL")),
	}
}
