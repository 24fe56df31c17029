// File ▸ New's work, on a worker thread: the dialog's choice handed to workflows::createProject
// (the CLI's `project create` too), which loads the dataset, trains or reuses the cached built-in
// model or opens the user's file, checks the classes and evaluates into a new project.
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
