package dbstores

import (
	"context"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

type MongoRepo struct {
	db       *mongo.Database
	orders   *mongo.Collection
	users    *mongo.Collection
	profiles *mongo.Collection
	coll     *mongo.Collection
}

// --- mongo: recognised ---

func (r *MongoRepo) setPaid(ctx context.Context, id string) error { // want `wrapper MongoRepo.setPaid statewrite`
	_, err := r.orders.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": bson.M{"status": "paid"}}) // want `op statewrite paid state stored by mongo.Collection.UpdateOne$`
	return err
}

func (r *MongoRepo) setPaidD(ctx context.Context, id string) { // want `wrapper MongoRepo.setPaidD statewrite`
	r.orders.UpdateOne(ctx, bson.M{"_id": id}, // want `op statewrite paid state stored by mongo.Collection.UpdateOne$`
		bson.D{{Key: "$set", Value: bson.D{{Key: "status", Value: "paid"}}}})
}

func (r *MongoRepo) named(ctx context.Context, id string) { // want `wrapper MongoRepo.named statewrite`
	coll := r.db.Collection("payments")
	update := bson.D{{"$set", bson.D{{"state", "succeeded"}}}, {"$currentDate", bson.M{"paidAt": true}}}
	coll.UpdateByID(ctx, id, update) // want `op statewrite paid state stored by mongo.Collection.UpdateByID$`
}

func (r *MongoRepo) many(ctx context.Context) { // want `wrapper MongoRepo.many statewrite`
	r.db.Collection("subscriptions").UpdateMany(ctx, bson.M{}, bson.M{"$set": bson.M{"status": "active"}}) // want `op statewrite paid state stored by mongo.Collection.UpdateMany$`
}

func (r *MongoRepo) credits(ctx context.Context, uid string, n int64) { // want `wrapper MongoRepo.credits statewrite`
	r.users.FindOneAndUpdate(ctx, bson.M{"_id": uid}, bson.M{"$inc": bson.M{"credits": n}}) // want `op statewrite paid state stored by mongo.Collection.FindOneAndUpdate$`
}

// --- mongo: look-alikes ---

func (r *MongoRepo) mongoLookalikes(ctx context.Context, id, st, addr string) {
	r.profiles.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": bson.M{"status": "completed"}})
	r.users.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": bson.M{"status": st}})
	r.users.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": bson.M{"status": "active"}})
	r.orders.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": bson.M{"shipping.address": addr}})
	r.orders.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": bson.M{"status": "cancelled"}})
	r.users.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$inc": bson.M{"credits": -1}})
	r.coll.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": bson.M{"status": "active"}}) // unknown collection
	r.db.Collection("newsletter_subscriptions").UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": bson.M{"status": "confirmed"}})
}

type Cache struct{ rdb *redis.Client }

// --- redis: recognised ---

func (c *Cache) orderPaid(ctx context.Context, id string) error { // want `wrapper Cache.orderPaid statewrite`
	return c.rdb.HSet(ctx, "order:"+id, "status", "paid", "paid_at", time.Now()).Err() // want `op statewrite paid state stored by redis.cmdable.HSet$`
}

func (c *Cache) planPro(ctx context.Context, uid string) error { // want `wrapper Cache.planPro statewrite`
	return c.rdb.Set(ctx, "user:"+uid+":plan", "pro", 0).Err() // want `op statewrite paid state stored by redis.cmdable.Set$`
}

func (c *Cache) premium(ctx context.Context, rdb redis.Cmdable, uid int) { // want `wrapper Cache.premium statewrite`
	key := fmt.Sprintf("user:%d:is_premium", uid)
	rdb.Set(ctx, key, true, 30*24*time.Hour) // want `op statewrite paid state stored by redis.Cmdable.Set$`
}

func (c *Cache) orderMap(ctx context.Context, id string) { // want `wrapper Cache.orderMap statewrite`
	c.rdb.HSet(ctx, "shop:order:"+id, map[string]any{"status": "paid"}) // want `op statewrite paid state stored by redis.cmdable.HSet$`
}

// --- redis: look-alikes ---

func (c *Cache) redisLookalikes(ctx context.Context, sid, uid, data string) {
	c.rdb.Set(ctx, "session:"+sid, data, time.Hour)
	c.rdb.Set(ctx, "session:"+sid+":status", "active", time.Hour)
	c.rdb.Set(ctx, "cache:order:"+uid+":status", "paid", time.Minute)
	c.rdb.HSet(ctx, "user:"+uid, "status", "online")
	c.rdb.HSet(ctx, "profile:"+uid, "nickname", data)
	c.rdb.Set(ctx, "order:"+uid+":status", "cancelled", 0)
	c.rdb.Set(ctx, "feature:plan", "pro", 0) // no id: a setting
	c.rdb.Set(ctx, "user:"+uid+":plan", "free", 0)
	c.rdb.Set(ctx, "ratelimit:"+uid, 1, time.Minute)
}
