// File ▸ New's work, on a worker thread: load the chosen dataset, train a built-in model (cached
// like the demo's) or open the user's model file, and evaluate it into a new project.
#pragma once
#include "core/jobs/job.h"
#include <cstdint>
#include <string>

namespace fl::ui {

struct NewProjectRequest {
    std::string datasetSpec; // a name (fashion-mnist, mnist), a folder or a CSV file
    bool trainBuiltIn = true;
    std::string arch = "small-cnn";
    int epochs = 3;
    std::uint64_t seed = 1;
    std::string modelPath; // when !trainBuiltIn: a TorchScript or Faultline model file
    std::string projectPath;
    std::string device = "auto";
};

class ProjectCreator {
public:
    // Returns the project path. Throws fl::Error (BadInput naming what is wrong, or Cancelled).
    static std::string create(const NewProjectRequest& request,
                              const fl::jobs::JobContext& context);
};

} // namespace fl::ui
