#include "kiosk/input/gestures.h"

#include <algorithm>
#include <limits>

namespace kiosk::input {

GestureRecognizer::GestureRecognizer(GestureConfig config)
    : config_(config), now_(std::numeric_limits<Millis>::min()) {}

// ---- input -------------------------------------------------------------------------------

void GestureRecognizer::fingerDown(std::int64_t finger, Vec2 at, Millis now) {
    if (!isUsablePosition(at)) return;
    const Millis t = advanceClock(now);
    advanceTime();
    if (find(finger) || contacts() >= config_.maxContacts) return;
    std::erase_if(dropped_, [&](const Dropped& d) { return d.id == finger; });  // a new press
    const bool caughtFling = catchFling();
    VelocityTracker velocity(config_.velocityWindowMs);
    velocity.add(at, t);
    contacts_.push_back({finger, at, at, t, t, velocity});
    if (contacts_.size() == 1) {
        tapPossible_ = !caughtFling;  // the touch that stops a fling selects nothing
        longPressArmed_ = true;
    } else if (contacts_.size() == 2) {
        beginMultiTouch();
    }
}

void GestureRecognizer::fingerMove(std::int64_t finger, Vec2 at, Millis now) {
    if (!isUsablePosition(at)) return;
    advanceClock(now);
    advanceTime();
    Contact* contact = find(finger);
    if (!contact) contact = &adopt(finger, at);
    if (contact->id == finger) moveContact(*contact, at);
}

void GestureRecognizer::fingerUp(std::int64_t finger, Vec2 at, Millis now) {
    advanceClock(now);
    advanceTime();
    Contact* contact = find(finger);
    if (!contact && isUsablePosition(at)) contact = &adopt(finger, at);
    if (!contact || contact->id != finger) return;
    if (isUsablePosition(at)) moveContact(*contact, at);
    releaseContact(static_cast<std::size_t>(contact - contacts_.data()), Ending::Lifted);
}

void GestureRecognizer::update(Millis now) {
    advanceClock(now);
    advanceTime();
}

std::vector<Gesture> GestureRecognizer::take() {
    std::vector<Gesture> out;
    out.swap(pending_);
    return out;
}

// ---- queries ----------------------------------------------------------------------------

bool GestureRecognizer::animating() const {
    return fling_.has_value() || !contacts_.empty();
}

std::optional<Millis> GestureRecognizer::nextDeadline() const {
    std::optional<Millis> next;
    auto consider = [&](Millis at) { next = next ? std::min(*next, at) : at; };
    if (contacts_.size() == 1 && longPressArmed_)
        consider(contacts_.front().downAt + config_.longPressMs);
    for (const Contact& contact : contacts_) consider(contact.lastNewsAt + config_.staleContactMs);
    return next;
}

int GestureRecognizer::contacts() const {
    return static_cast<int>(contacts_.size());
}

void GestureRecognizer::reset() {
    contacts_.clear();
    pending_.clear();
    dropped_.clear();
    manipulating_ = tapPossible_ = longPressArmed_ = false;
    lastTap_.reset();
    fling_.reset();
}

// ---- helpers ----------------------------------------------------------------------------

Millis GestureRecognizer::advanceClock(Millis now) {
    now_ = std::max(now_, now);
    return now_;
}

void GestureRecognizer::advanceTime() {
    fireLongPress();
    dropStaleContacts();
    coastFling();
}

GestureRecognizer::Contact* GestureRecognizer::find(std::int64_t finger) {
    auto it = std::find_if(contacts_.begin(), contacts_.end(),
                           [&](const Contact& c) { return c.id == finger; });
    return it == contacts_.end() ? nullptr : &*it;
}

void GestureRecognizer::emit(GestureKind kind, Vec2 at, Vec2 delta, float scale, Vec2 velocity) {
    pending_.push_back({kind, -1, at, delta, scale, velocity});
}

// A finger the panel reports but this recognizer does not hold: it joins where it was last
// seen (or here), and the caller's move takes it on from there, as any contact's would.
// When the contact limit is reached, the oldest contact is returned instead (not this finger).
GestureRecognizer::Contact& GestureRecognizer::adopt(std::int64_t finger, Vec2 at) {
    if (contacts() >= config_.maxContacts) return contacts_.front();
    Vec2 from = at;
    auto it = std::find_if(dropped_.begin(), dropped_.end(),
                           [&](const Dropped& d) { return d.id == finger; });
    if (it != dropped_.end()) {
        from = it->pos;
        dropped_.erase(it);
    }
    catchFling();
    VelocityTracker velocity(config_.velocityWindowMs);
    velocity.add(from, now_);
    contacts_.push_back({finger, from, from, now_, now_, velocity});
    if (contacts_.size() == 1) {
        tapPossible_ = longPressArmed_ = false;  // its press was not seen
        lastTap_.reset();
        panReference_ = from;
    } else if (contacts_.size() == 2) {
        beginMultiTouch();
    }
    return contacts_.back();
}

// ---- movement ---------------------------------------------------------------------------

void GestureRecognizer::moveContact(Contact& contact, Vec2 at) {
    contact.pos = at;
    contact.lastNewsAt = now_;
    contact.velocity.add(at, now_);
    const std::size_t index = static_cast<std::size_t>(&contact - contacts_.data());
    if (contacts_.size() == 1)
        panSoleFinger(contact);
    else if (index < 2)
        emitPinch();
}

void GestureRecognizer::panSoleFinger(const Contact& contact) {
    if (!manipulating_) {
        if (distance(contact.pos, contact.downPos) <= px(config_.tapSlopMm)) return;
        // Pan from the touch-down point so the content stays under the finger.
        emit(GestureKind::PanBegin, contact.downPos);
        manipulating_ = true;
        tapPossible_ = longPressArmed_ = false;
        panReference_ = contact.downPos;
    }
    const Vec2 delta = contact.pos - panReference_;
    if (delta == Vec2{}) return;
    panReference_ = contact.pos;
    emit(GestureKind::Pan, contact.pos, delta);
}

void GestureRecognizer::emitPinch() {
    const Vec2 a = contacts_[0].pos, b = contacts_[1].pos;
    // Raw pixel distance: the panel's pixels are square, normalised axes would not be.
    const float span = std::max(distance(a, b), px(config_.pinchMinSpanMm));
    const Vec2 centroid = midpoint(a, b);
    const float scale = span / pinchSpan_;
    const Vec2 delta = centroid - pinchCentroid_;
    pinchSpan_ = span;
    pinchCentroid_ = centroid;
    if (scale != 1.0f || !(delta == Vec2{})) emit(GestureKind::Pinch, centroid, delta, scale);
}

// Takes the current finger positions as the new reference, so the next event measures only
// motion from here: a finger joining or leaving never makes the view jump.
void GestureRecognizer::rebase() {
    if (contacts_.size() >= 2) {
        pinchSpan_ =
            std::max(distance(contacts_[0].pos, contacts_[1].pos), px(config_.pinchMinSpanMm));
        pinchCentroid_ = midpoint(contacts_[0].pos, contacts_[1].pos);
    } else if (contacts_.size() == 1) {
        Contact& sole = contacts_.front();
        panReference_ = sole.pos;
        sole.velocity.clear();  // a fling measures only the sole finger's own motion
        sole.velocity.add(sole.pos, now_);
    }
}

void GestureRecognizer::beginMultiTouch() {
    tapPossible_ = longPressArmed_ = false;
    lastTap_.reset();
    if (!manipulating_) {
        emit(GestureKind::PanBegin, midpoint(contacts_[0].pos, contacts_[1].pos));
        manipulating_ = true;
    }
    rebase();
}

// ---- release ----------------------------------------------------------------------------

void GestureRecognizer::releaseContact(std::size_t index, Ending ending) {
    if (contacts_.size() == 1) {
        const Contact sole = contacts_.front();
        contacts_.clear();
        endSoleContact(sole, ending);
        return;
    }
    contacts_.erase(contacts_.begin() + static_cast<std::ptrdiff_t>(index));
    if (index < 2) rebase();  // a driver left: the next finger in line takes over
}

void GestureRecognizer::endSoleContact(const Contact& contact, Ending ending) {
    if (manipulating_) {
        endPan(contact, ending);
    } else if (ending == Ending::Dropped) {
        emit(GestureKind::Cancel, contact.pos);
        lastTap_.reset();
    } else if (tapPossible_) {
        recognizeTap(contact);
    } else {
        lastTap_.reset();
    }
    tapPossible_ = longPressArmed_ = false;
}

void GestureRecognizer::endPan(const Contact& contact, Ending ending) {
    // A dropped finger's last motion is seconds old: it must not fling.
    Vec2 velocity = ending == Ending::Lifted ? contact.velocity.velocityAt(now_) : Vec2{};
    emit(GestureKind::PanEnd, contact.pos, {}, 1.0f, velocity);
    manipulating_ = false;
    lastTap_.reset();
    const float speed = length(velocity);
    if (speed < px(config_.flingMinSpeedMmPerS)) return;
    const float maxSpeed = px(config_.flingMaxSpeedMmPerS);
    if (speed > maxSpeed) velocity = velocity * (maxSpeed / speed);
    fling_.emplace(velocity, px(config_.flingDecelMmPerS2), now_);
    flingFrom_ = contact.pos;
}

void GestureRecognizer::recognizeTap(const Contact& contact) {
    const Millis held = now_ - contact.downAt;
    if (held < config_.ghostMs) return;  // electrical noise: no tap, and the tap chain survives
    if (held > config_.tapMaxMs) {
        lastTap_.reset();
        return;
    }
    const bool second = lastTap_ &&
                        contact.downAt - lastTap_->releasedAt <= config_.doubleTapGapMs &&
                        distance(contact.downPos, lastTap_->at) <= px(config_.doubleTapSlopMm);
    if (second) {
        emit(GestureKind::DoubleTap, contact.downPos);
        pending_.back().finger = contact.id;
        lastTap_.reset();  // a third tap starts a new chain
    } else {
        emit(GestureKind::Tap, contact.downPos);
        pending_.back().finger = contact.id;
        lastTap_ = TapRecord{contact.downPos, now_};
    }
}

// ---- time -------------------------------------------------------------------------------

void GestureRecognizer::fireLongPress() {
    if (contacts_.size() != 1 || !longPressArmed_) return;
    const Contact& sole = contacts_.front();
    if (now_ < sole.downAt + config_.longPressMs) return;
    emit(GestureKind::LongPress, sole.downPos);
    pending_.back().finger = sole.id;
    longPressArmed_ = tapPossible_ = false;
    lastTap_.reset();
}

// A finger whose FINGERUP was lost would otherwise hold the view forever.
void GestureRecognizer::dropStaleContacts() {
    for (std::size_t i = 0; i < contacts_.size();) {
        if (now_ - contacts_[i].lastNewsAt >= config_.staleContactMs) {
            if (dropped_.size() >= static_cast<std::size_t>(config_.maxContacts))
                dropped_.erase(dropped_.begin());
            dropped_.push_back({contacts_[i].id, contacts_[i].pos});
            releaseContact(i, Ending::Dropped);
        } else
            ++i;
    }
}

void GestureRecognizer::coastFling() {
    if (!fling_) return;
    const Vec2 step = fling_->advance(now_);
    if (!(step == Vec2{})) emit(GestureKind::Pan, flingFrom_ + fling_->travelled(), step);
    if (fling_->finished()) {
        emit(GestureKind::FlingEnd, flingFrom_ + fling_->travelled());
        fling_.reset();
    }
}

bool GestureRecognizer::catchFling() {
    if (!fling_) return false;
    emit(GestureKind::FlingEnd, flingFrom_ + fling_->travelled());
    fling_.reset();
    return true;
}

}  // namespace kiosk::input
