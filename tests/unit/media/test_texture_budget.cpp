#include <doctest/doctest.h>

#include "kiosk/media/texture_budget.h"

using kiosk::media::TextureBudget;
using Keys = std::vector<std::string>;

TEST_CASE("the budget adds, resizes and removes textures") {
    TextureBudget budget(100);
    CHECK(budget.budgetBytes() == 100);
    CHECK(TextureBudget().budgetBytes() == 48u * 1024 * 1024);
    budget.beginFrame();
    budget.touch("a", 10);
    budget.touch("b", 20);
    CHECK(budget.totalBytes() == 30);
    budget.touch("a", 15);  // re-uploaded at another size
    CHECK(budget.totalBytes() == 35);
    budget.remove("b");
    budget.remove("never-added");
    CHECK(budget.totalBytes() == 15);
    CHECK(budget.contains("a"));
    CHECK_FALSE(budget.contains("b"));
    CHECK(budget.evictFor(85).empty());  // fits exactly
}

TEST_CASE("eviction frees the least recently used textures first") {
    TextureBudget budget(100);
    budget.beginFrame();
    budget.touch("a", 30);
    budget.touch("b", 30);
    budget.touch("c", 30);
    budget.beginFrame();
    budget.touch("a", 30);  // seen again: now the most recent
    budget.beginFrame();
    CHECK(budget.evictFor(40) == Keys{"b"});
    CHECK(budget.totalBytes() == 60);
    CHECK_FALSE(budget.contains("b"));
    CHECK(budget.evictFor(71) == Keys{"c", "a"});  // 70 would need only "c" freed
    CHECK(budget.totalBytes() == 0);
}

TEST_CASE("textures drawn in the current frame are never evicted") {
    TextureBudget budget(100);
    budget.beginFrame();
    budget.touch("old", 20);
    budget.beginFrame();
    budget.touch("shown1", 40);
    budget.touch("shown2", 40);
    // Freeing "old" is not enough for 30 more, but the shown ones stay: over budget this frame.
    CHECK(budget.evictFor(30) == Keys{"old"});
    CHECK(budget.contains("shown1"));
    CHECK(budget.contains("shown2"));
    budget.touch("new", 30);
    CHECK(budget.totalBytes() == 110);
    budget.beginFrame();
    budget.touch("new", 30);
    CHECK(budget.evictFor(0) == Keys{"shown1"});  // back within budget on the next frame
    CHECK(budget.totalBytes() == 70);
}

TEST_CASE("a texture larger than the whole budget evicts all others and is still allowed") {
    TextureBudget budget(100);
    budget.beginFrame();
    budget.touch("a", 30);
    budget.touch("b", 30);
    budget.beginFrame();
    CHECK(budget.evictFor(150) == Keys{"a", "b"});
    budget.touch("huge", 150);
    CHECK(budget.totalBytes() == 150);
    CHECK(budget.evictFor(SIZE_MAX) == Keys{});  // no overflow; "huge" is in this frame
    budget.beginFrame();
    CHECK(budget.evictFor(10) == Keys{"huge"});
}
