#include "kiosk/ui/geo_renderer.h"

#include <GLES2/gl2.h>

#include "kiosk/ui/theme.h"

namespace kiosk::ui {
namespace {

const char* kVertexShader = R"(#version 100
attribute vec2 a_world;
uniform vec2 u_scale;
uniform vec2 u_offset;
void main() { gl_Position = vec4(a_world * u_scale + u_offset, 0.0, 1.0); }
)";

const char* kFragmentShader = R"(#version 100
precision mediump float;
uniform vec4 u_color;
void main() { gl_FragColor = u_color; }
)";

unsigned compile(GLenum type, const char* source, std::string& error) {
    GLuint shader = glCreateShader(type);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    GLint ok = 0;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (!ok) {
        char log[512] = {};
        glGetShaderInfoLog(shader, sizeof log, nullptr, log);
        error = std::string("map shader: ") + log;
        glDeleteShader(shader);
        return 0;
    }
    return shader;
}

unsigned upload(const std::vector<map::WorldVertex>& vertices) {
    GLuint buffer = 0;
    glGenBuffers(1, &buffer);
    glBindBuffer(GL_ARRAY_BUFFER, buffer);
    glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(vertices.size() * sizeof(map::WorldVertex)),
                 vertices.data(), GL_STATIC_DRAW);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    return buffer;
}

void setColor(int location, ImU32 c) {
    glUniform4f(location, float(c & 255) / 255.f, float((c >> 8) & 255) / 255.f,
                float((c >> 16) & 255) / 255.f, float((c >> 24) & 255) / 255.f);
}

ImU32 fillColor(CountryTone tone) {
    switch (tone) {
        case CountryTone::Selected:
            return IM_COL32(112, 96, 58, 255);
        case CountryTone::Story:
            return IM_COL32(64, 78, 92, 255);
        case CountryTone::Plain:
            break;
    }
    return IM_COL32(46, 58, 70, 255);
}

}  // namespace

GeoRenderer::~GeoRenderer() {
    if (fillBuffer_) glDeleteBuffers(1, &fillBuffer_);
    if (lineBuffer_) glDeleteBuffers(1, &lineBuffer_);
    if (program_) glDeleteProgram(program_);
}

bool GeoRenderer::init(std::shared_ptr<const map::GeoAsset> asset) {
    asset_ = std::move(asset);
    fill_ = map::buildFillMesh(*asset_);
    lines_ = map::buildOutlineMesh(*asset_);
    GLuint vs = compile(GL_VERTEX_SHADER, kVertexShader, error_);
    GLuint fs = vs ? compile(GL_FRAGMENT_SHADER, kFragmentShader, error_) : 0;
    if (!vs || !fs) return false;
    GLuint program = glCreateProgram();
    glAttachShader(program, vs);
    glAttachShader(program, fs);
    glLinkProgram(program);
    glDeleteShader(vs);
    glDeleteShader(fs);
    GLint ok = 0;
    glGetProgramiv(program, GL_LINK_STATUS, &ok);
    if (!ok) {
        error_ = "map shader program did not link";
        glDeleteProgram(program);
        return false;
    }
    program_ = program;
    attrWorld_ = glGetAttribLocation(program_, "a_world");
    uniScale_ = glGetUniformLocation(program_, "u_scale");
    uniOffset_ = glGetUniformLocation(program_, "u_offset");
    uniColor_ = glGetUniformLocation(program_, "u_color");
    fillBuffer_ = upload(fill_.vertices);
    lineBuffer_ = upload(lines_.vertices);
    // GL holds the vertices now; only the runs are needed to cull.
    std::vector<map::WorldVertex>().swap(fill_.vertices);
    std::vector<map::WorldVertex>().swap(lines_.vertices);
    return true;
}

void GeoRenderer::draw(ImDrawList* list, const map::MapView& view,
                       const std::vector<CountryTone>& tones, ImVec2 display) {
    if (!ready()) return;
    auto box = map::visibleWorldBox(view);
    map::visibleCountryRuns(fill_, *asset_, box, frame_.fillRuns);
    map::visibleCountryRuns(lines_, *asset_, box, frame_.lineRuns);
    frame_.tones = tones;
    // world -> screen: c + (w - centre) * s; screen -> clip space: x/W*2-1, 1-y/H*2.
    double s = view.pixelsPerWorldUnit();
    map::WorldPoint centre = map::toWorld(view.center());
    Vec2f c = view.viewport().center();
    frame_.scale[0] = float(2 * s / display.x);
    frame_.scale[1] = float(-2 * s / display.y);
    frame_.offset[0] = float((c.x - centre.x * s) * 2 / display.x - 1);
    frame_.offset[1] = float(1 - (c.y - centre.y * s) * 2 / display.y);
    const Rectf& r = view.viewport();
    frame_.scissor[0] = int(r.x);
    frame_.scissor[1] = int(display.y - (r.y + r.h));
    frame_.scissor[2] = int(r.w);
    frame_.scissor[3] = int(r.h);
    list->AddCallback(&GeoRenderer::callback, this);
    list->AddCallback(ImDrawCallback_ResetRenderState, nullptr);
}

void GeoRenderer::callback(const ImDrawList*, const ImDrawCmd* cmd) {
    static_cast<GeoRenderer*>(cmd->UserCallbackData)->render();
}

void GeoRenderer::render() {
    glUseProgram(program_);
    glEnable(GL_SCISSOR_TEST);
    glScissor(frame_.scissor[0], frame_.scissor[1], frame_.scissor[2], frame_.scissor[3]);
    glUniform2f(uniScale_, frame_.scale[0], frame_.scale[1]);
    glUniform2f(uniOffset_, frame_.offset[0], frame_.offset[1]);
    glEnableVertexAttribArray(GLuint(attrWorld_));
    glBindBuffer(GL_ARRAY_BUFFER, fillBuffer_);
    glVertexAttribPointer(GLuint(attrWorld_), 2, GL_FLOAT, GL_FALSE, sizeof(map::WorldVertex),
                          nullptr);
    CountryTone current = CountryTone::Plain;
    setColor(uniColor_, fillColor(current));
    for (const auto& run : frame_.fillRuns) {
        CountryTone tone =
            run.country < frame_.tones.size() ? frame_.tones[run.country] : CountryTone::Plain;
        if (tone != current) setColor(uniColor_, fillColor(current = tone));
        glDrawArrays(GL_TRIANGLES, GLint(run.run.first), GLsizei(run.run.count));
    }
    glBindBuffer(GL_ARRAY_BUFFER, lineBuffer_);
    glVertexAttribPointer(GLuint(attrWorld_), 2, GL_FLOAT, GL_FALSE, sizeof(map::WorldVertex),
                          nullptr);
    setColor(uniColor_, IM_COL32(150, 165, 180, 120));
    for (const auto& run : frame_.lineRuns)
        glDrawArrays(GL_LINES, GLint(run.run.first), GLsizei(run.run.count));
    glDisableVertexAttribArray(GLuint(attrWorld_));
    glBindBuffer(GL_ARRAY_BUFFER, 0);
}

}  // namespace kiosk::ui
